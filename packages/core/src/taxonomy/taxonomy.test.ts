import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  categoryForField,
  categoryForType,
  childrenOf,
  getCategory,
  isAncestor,
  listCategories,
  resolveCategoryId,
} from './index.js';

describe('taxonomy graph', () => {
  it('has unique ids whose parents exist', () => {
    const ids = listCategories().map((category) => category.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const category of listCategories()) {
      for (const parent of category.parents) expect(ids).toContain(parent);
      if (category.id !== 'user')
        expect(category.parents[0]).toBe(category.id.slice(0, category.id.lastIndexOf('.')));
    }
  });

  it('knows prefix parents and second parents', () => {
    expect(isAncestor('user.contact', 'user.contact.email')).toBe(true);
    expect(isAncestor('user', 'user.contact.email')).toBe(true);
    expect(isAncestor('user.location', 'user.contact.address')).toBe(true);
    expect(isAncestor('user.location', 'user.contact.address.city')).toBe(true);
    expect(isAncestor('user.contact.email', 'user.contact')).toBe(false);
    expect(isAncestor('user.contact.email', 'user.contact.email')).toBe(false);
    expect(isAncestor('user.financial', 'user.contact.email')).toBe(false);
    expect(ancestorsOf('user.contact.address')).toEqual(['user.contact', 'user.location', 'user']);
    expect(childrenOf('user.location')).toContain('user.contact.address');
  });

  it('carries labels, crosswalks and GDPR flags', () => {
    const email = getCategory('user.contact.email');
    expect(email?.label).toEqual({ en: 'Email address', fr: 'Adresse e-mail' });
    expect(email?.dpv).toBe('pd:EmailAddress');
    expect(email?.opp115).toBe('Contact');
    expect(getCategory('user.health')?.specialCategory).toBe(true);
    expect(getCategory('user.demographic.religious_belief')?.specialCategory).toBe(true);
    expect(getCategory('user.criminal_history')?.criminal).toBe(true);
    expect(getCategory('user.contact.email')?.specialCategory).toBe(false);
  });

  it('resolves keys fideslang 3.2 deprecated', () => {
    expect(resolveCategoryId('user.health_and_medical')).toBe('user.health');
    expect(resolveCategoryId('user.job_title')).toBe('user.professional_information.job_title');
    expect(getCategory('user.biometric')?.id).toBe('user.biometrics');
    expect(resolveCategoryId('user.contact.mail')).toBeUndefined();
  });

  it('maps entity types to categories', () => {
    expect(categoryForType('email')).toBe('user.contact.email');
    expect(categoryForType('iban')).toBe('user.financial.bank_account');
    expect(categoryForType('mac_address')).toBe('user.device.device_id');
    expect(categoryForType('national_id')).toBe(
      'user.government_id.national_identification_number',
    );
    expect(categoryForType('unknown_type')).toBeUndefined();
    for (const type of [
      'phone',
      'ip_address',
      'person_name',
      'payment_card',
      'postal_address',
      'date_of_birth',
      'device_id',
    ]) {
      expect(getCategory(categoryForType(type) ?? '')).toBeDefined();
    }
  });
});

describe('field-name rules', () => {
  const cases: [string, string | undefined][] = [
    ['numero_client', 'user.unique_id'],
    ['numeroClient', 'user.unique_id'],
    ['NUMERO_CLIENT', 'user.unique_id'],
    ['Numéro client', 'user.unique_id'],
    ['customer_id', 'user.unique_id'],
    ['CustomerNumber', 'user.unique_id'],
    ['id_client', 'user.unique_id'],
    ['fonction', 'user.professional_information.job_title'],
    ['Poste', 'user.professional_information.job_title'],
    ['job_title', 'user.professional_information.job_title'],
    ['jobtitle', 'user.professional_information.job_title'],
    ['intitule_poste', 'user.professional_information.job_title'],
    ['societe', 'user.professional_information.workplace'],
    ['raison_sociale', 'user.professional_information.workplace'],
    ['Employeur', 'user.professional_information.workplace'],
    ['sexe', 'user.demographic.gender'],
    ['civilite', 'user.demographic.gender'],
    ['salaire_brut', 'user.financial'],
    ['nationalite', 'user.demographic.citizenship_or_immigration_status'],
    ['situation_familiale', 'user.demographic.marital_status'],
    ['religion', 'user.demographic.religious_belief'],
    ['pathologie', 'user.health'],
    ['diagnostic', 'user.health.medical_diagnosis'],
    ['mot_de_passe', 'user.authorization.credentials'],
    ['login', 'user.account.username'],
    ['lieu_naissance', 'user.demographic'],
    ['date_naissance', 'user.demographic.date_of_birth'],
    ['identifiant_client', 'user.unique_id'],
    // Look-alikes that are not about a person.
    ['gps_position', undefined],
    ['sort_position', undefined],
    ['titre_livre', undefined],
    ['company_id', undefined],
    ['code_postal', undefined],
    ['montant', undefined],
    ['page', undefined],
    ['cron_job', undefined],
  ];
  it.each(cases)('%s → %s', (field, expected) => {
    expect(categoryForField(field)?.category).toBe(expected);
  });

  it('names the rule that matched', () => {
    expect(categoryForField('fonction')).toEqual({
      category: 'user.professional_information.job_title',
      rule: 'job-title',
    });
  });
});

import { createRequire } from 'node:module';

type Library = typeof import('libphonenumber-js/max');
type Core = typeof import('libphonenumber-js/core');

const require = createRequire(import.meta.url);
let library: Library | undefined;

/**
 * libphonenumber-js with its full metadata, loaded on first use: a thread that never reads a
 * phone number (a scan's main thread while workers read the files, `piiscout policy`) does not
 * pay its ~11 MB of resident memory.
 */
export function phoneLibrary(): Library {
  return (library ??= require('libphonenumber-js/max') as Library);
}

/** The full metadata, to read numbering plans (the CommonJS `max` entry has no `Metadata`). */
export function phoneMetadata(): InstanceType<Core['Metadata']> {
  const { Metadata } = require('libphonenumber-js/core') as Core;
  return new Metadata(require('libphonenumber-js/metadata.max.json') as never);
}

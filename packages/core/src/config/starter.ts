/** What `piiscout init` writes: every option, commented, with safe defaults. */
export const STARTER_CONFIG = `# piiscout configuration (https://github.com/piiscout/piiscout/blob/main/docs/ci.md)
# Paths and globs below are relative to this file's folder.
version: 1

# detectors:
#   only: [email, phone, iban]     # run only these (ids or types; \`piiscout detectors\` lists them)
#   disable: [person-name]         # or turn some off

# Findings below this confidence are not reported (0..1).
minConfidence: 0.5

# Regions used to read national phone numbers (ISO 3166 codes).
# regions: [FR, GB, US]

# Extra paths to skip. The built-in excludes (node_modules, .git, lockfiles, minified bundles)
# always apply: this list adds to them.
exclude: []
#  - "dist/**"
#  - "**/*.snap"

# Baseline of accepted findings, written by \`piiscout baseline\`.
# baseline: .piiscout-baseline.json

# Allowlist: each entry needs a reason, and matches when all its conditions hold.
#   types:    entity types or detector ids (default: all)
#   paths:    globs (default: all paths)
#   values:   exact values, compared case-insensitively
#   patterns: regular expressions matching the whole value
allowlist: []
#  - reason: Synthetic test data, generated, no real person
#    paths: ["test/fixtures/**", "**/*.test.ts"]
#  - reason: Our public support address, published on the website
#    types: [email]
#    values: ["support@your-company.example"]
`;

// Writes contributes.configuration in package.json from src/core/settings/settingsSchema.ts, the one source of truth.
// Run after changing a setting: node --import tsx scripts/settingsToManifest.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { settingsSchema } from '../src/core/settings/settingsSchema.ts';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
manifest.contributes.configuration.properties = settingsSchema;
writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');

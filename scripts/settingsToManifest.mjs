// Writes contributes.configuration in package.json, and the settings table in README.md, from
// src/core/settings/settingsSchema.ts, the one source of truth. test/unit/manifest.test.ts checks both.
// Run after changing a setting: node --import tsx scripts/settingsToManifest.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { settingsSchema } from '../src/core/settings/settingsSchema.ts';
import { withSettingsTable } from './settingsTable.ts';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
manifest.contributes.configuration.properties = settingsSchema;
writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');

writeFileSync('README.md', withSettingsTable(readFileSync('README.md', 'utf8')));

import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES, ParameterValue, PROFILES, SEVERITIES } from '../rules/rule-schema';

/**
 * The project configuration file, `bpa.config.json` in the working directory (or `--config <file>`): rule
 * parameters, severity overrides, disabled rules, extra rule folders, defaults for the command line, and
 * the branding of the reports. Options given on the command line win over the file.
 */
const RULE_ID = '^[A-Z]{2,3}-[0-9]{3}$';
const Literals = <T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const ById = <T extends Parameters<typeof Type.Record>[1]>(value: T, description: string) =>
  Type.Record(Type.String({ pattern: RULE_ID }), value, { additionalProperties: false, description });

export const ConfigSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    lang: Type.Optional(Literals(LANGUAGES, 'language of the output when --lang is not given (before LANG)')),
    profile: Type.Optional(Literals(PROFILES, 'scan profile of scan and analyze when --profile is not given')),
    failOn: Type.Optional(Literals([...SEVERITIES, 'none'] as const, 'the --fail-on threshold when it is not given')),
    ruleFolders: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        uniqueItems: true,
        description: 'folders of your own rules, relative to this file; validated exactly like the shipped rules',
      }),
    ),
    disabledRules: Type.Optional(
      Type.Array(Type.String({ pattern: RULE_ID }), { uniqueItems: true, description: 'ids of rules that do not run' }),
    ),
    severity: Type.Optional(ById(Literals(SEVERITIES, 'the severity of every finding of the rule'), 'severity per rule id')),
    parameters: Type.Optional(
      ById(
        Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }), ParameterValue, {
          additionalProperties: false,
        }),
        'rule parameters per rule id, e.g. { "PRE-008": { "minInstallVolumeFreeMb": 1728.8 } }',
      ),
    ),
    branding: Type.Optional(
      Type.Object(
        {
          customer: Type.Optional(Type.String({ minLength: 1 })),
          consultant: Type.Optional(Type.String({ minLength: 1 })),
          logo: Type.Optional(Type.String({ minLength: 1, description: 'PNG or JPEG file, relative to this file' })),
          accent: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'accent colour, #rrggbb' })),
        },
        { additionalProperties: false, description: 'how the HTML and PDF reports are branded' },
      ),
    ),
  },
  {
    additionalProperties: false,
    $id: 'https://bpa.invalid/schemas/config.schema.json',
    title: 'bpa configuration (bpa.config.json)',
  },
);

export type ProjectConfig = Static<typeof ConfigSchema>;

#!/usr/bin/env node
// The xieshang command. TypeScript runs through tsx, so the command works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

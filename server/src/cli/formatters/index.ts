import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github };
export type { FileResult, FormatOptions, Formatter } from './types';

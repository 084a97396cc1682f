import { describe } from 'vitest';
import { coverageTests } from './coverage-check.js';

describe('schema coverage over every operation (services at odd positions)', () => coverageTests(1));

#!/usr/bin/env node
import './small-nursery.js';
import { startScanEarly } from '../dist/early-start.js';

// Before oclif loads: a scan's first worker loads the detectors meanwhile.
startScanEarly(process.argv.slice(2));
const { execute } = await import('@oclif/core');
await execute({ dir: import.meta.url });

#!/usr/bin/env node
import './small-nursery.js';
import { execute } from '@oclif/core';

await execute({ dir: import.meta.url });

#!/usr/bin/env node
// The huashu CLI: see README.md.
require('../dist/cli.js');

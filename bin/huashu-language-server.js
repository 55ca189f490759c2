#!/usr/bin/env node
// The Huashu language server (stdio: --stdio): see README.md.
require('../dist/server.js');

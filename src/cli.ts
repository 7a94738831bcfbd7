#!/usr/bin/env node
console.log('care-leaver-entitlements: command line under construction');

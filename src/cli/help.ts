import { FACT_FLAGS } from './fact-options.js';

/** The options every person command shares, as the help shows them. */
export const PERSON_HELP = `Person options:
  --born DATE            date of birth, DD/MM/YYYY or YYYY-MM-DD (required)
  --responsible AREA     the council that looked after them (required)
  --lives-in AREA        where they live (required)
  --on DATE              the date to answer for, DD/MM/YYYY or YYYY-MM-DD (default: today)
  --status STATUS        eligible or relevant (under 18), former-relevant (18 or over; the default
                         from 18) or qualifying; eligible and relevant become former-relevant at 18
  --household WHO        alone, only-care-leavers or with-others
  --gp-area AREA         the area of the GP practice they are registered with
  --leap-day RULE        where a 29 February birthday falls in a common year: march-1 (default)
                         or february-28 (the law is not settled)

Yes/no facts: --FACT says it holds, --not-FACT says it does not; leave both out when not known
(a rule that needs an unknown fact answers "unknown" and names it).
${Object.keys(FACT_FLAGS)
  .map((flag) => `  --${flag}`)
  .join('\n')}

Output:
  --json                 print one JSON document instead of tables
  -h, --help             show this help

AREA is a council, county, combined authority or nation: a name ("Bolton"), a short name or
common spelling, or a GSS code ("E08000001"). Search with "care-leaver-entitlements areas NAME".
`;

/** The top-level help. */
export const MAIN_HELP = `Usage: care-leaver-entitlements <command> [options]

What a young person leaving care in England is entitled to where they live, and what they keep,
gain or lose when they move.

Commands:
  entitlements   what a care leaver gets on a date, kind by kind
  move           what changes if they move (--to AREA, on --on)
  timeline       the dates on which their entitlements change (--from, --until)
  guarantee      a region's guarantee against each member council's own offer
  areas          list or search areas (councils, combined authorities, nations)
  coverage       what the data encodes for an area, kind by kind
  validate       check offer documents (YAML or JSON) against the schema
  schema         print the JSON Schema of an offer document
  serve          serve the adviser web page on this computer (--port, --host)

Options:
  -h, --help     show help (also "care-leaver-entitlements <command> --help")
  -v, --version  show the version

Every command takes --json for one JSON document. Exit status: 0 success, 1 invalid documents
(validate, --data), 2 bad input (with one "error:" line saying what to fix), 3 an internal error
(a bug: please report it with the command that caused it).
`;

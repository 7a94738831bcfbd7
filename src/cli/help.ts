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

Every command but serve takes --json for one JSON document, and those that answer for a date
take --on DATE (today by default). Dates are written DD/MM/YYYY or YYYY-MM-DD; --on, --from and
--until also take "today". Exit status: 0 success, 1 invalid documents (validate, --data), 2 bad
input (with one "error:" line saying what to fix), 3 an internal error (a bug: please report it
with the command that caused it).
`;

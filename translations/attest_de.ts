<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AiSystem</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique internal identifier, e.g. FIN-FRAUD-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people call the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the system does and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use it is meant for, and the uses it is not meant for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountable for the system&apos;s use and its risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible for building and running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party API / SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generative / LLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who supplies the system, when it is bought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supply chain, one per line as “kind: name”, e.g. “model: Llama 3.1 8B”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kinds of data the system processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories (GDPR Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected health information (HIPAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential business data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources and provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where training and input data come from, and how that is tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions (GDPR Art. 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it take decisions with legal or similarly significant effects on people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human in the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human on the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No human oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act risk tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited risk (transparency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General-purpose AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the business depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should read “kind: name”, with kind one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of component; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component “%1” has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” may only contain the letters A–Z, digits and . _ / - (no spaces or accents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories: “none” cannot be combined with other categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of an AI system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>The audit trail could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is missing (the trail jumps from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events %1 to %2 are missing (the trail jumps from %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was inserted: its hash does not match its content and the next event links past it to event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of the newest event %1 does not match its recorded hash (it was changed or forged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of event %1 was changed after it was recorded (its hash no longer matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event at position %1 was recorded as event %2: events before it were deleted and the later ones renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event at position %1 was recorded as event %2: events were reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 follows event %2 in the chain, which now stands after it: events were reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 links to event %2: the events between them are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not link to event %2: an event was inserted or replaced before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was not recorded by Attest: it neither matches its hash nor links to event %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeEntryDialog</name>
    <message>
        <source>Edit change log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New change log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>The date of a change must be given as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which model version this is or what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change must belong to an AI system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add change log entry to AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit change log entry of AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove change log entry from AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create a demo workspace (refuses to overwrite an existing file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the AI systems of a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AI systems from a CSV file: all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the AI systems as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file (default: the default workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--systems needs a number between 0 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created demo workspace %1: %2 AI systems, %3 audit events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI systems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import systems needs exactly one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import into “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export systems needs --format csv or --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export systems needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 AI systems to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail is broken at event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N generated systems for scale tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the generated systems (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what would change, without writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, header row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: attest [--db PATH] [--demo]          open the GUI
       attest COMMAND [options]            automation

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 a check failed, 2 usage error, 3 workspace or I/O error.
Run “attest COMMAND --help” for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Run “attest %2 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “attest --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text (first invalid byte on line %1). Save it as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote character stands inside a field that does not start with one. Enclose the whole field in double quotes and double the quotes inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field; a separator or the end of the line was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (the file ends inside it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Create AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify %1 under the EU AI Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add generated demo systems %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 generated AI systems were added to the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify MFG-PDM-01, SC-DEMAND-01 and FIN-OCR-01 under the EU AI Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change technical owner of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add drift monitoring to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the DPIA outcome for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify %1 as general-purpose AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add drift and input monitoring to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add change log entry to AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone the review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change business owner of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add monitoring to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add input monitoring to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update monitoring and next review of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since (%2); the step was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Unexpected migration file name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration “%1” is out of sequence: expected version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema migrations found in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be upgraded; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportContext</name>
    <message>
        <source>%1 (account %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemExport</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemImport</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s): %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one row per AI system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” is not a field of an AI system (known columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no “code” column: every row needs a unique code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 field(s) but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code “%1” already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AI systems from %1 (%2 new, %3 updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemRepository</name>
    <message>
        <source>The code “%1” is already used by another AI system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI system no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The SQLite driver for Qt is missing. Install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a change is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver did not provide a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the workspace connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The workspace file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Another program is using the workspace; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The disk could not be read or written (is it full or removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: it is not an Attest workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Attest workspace (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a SQLite database, but not an Attest workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to another application (application id 0x%2); it is not an Attest workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Attest (workspace format %2; this version reads formats up to %3). Install the newer Attest to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is truncated: it should hold %2 bytes but has only %3. Restore it from a backup; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an incomplete Attest workspace (it has no schema). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another running Attest (process %2 on %3). Close it there, or open this workspace read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of “%1” is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read as an Attest workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace identity could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; Attest never overwrites a workspace. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not an Attest workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format (%2) that must be upgraded, but %3. Copy it to a writable folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format (%2) and needs an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of “%1” could not be written before the upgrade; the workspace has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from format %2 to %3; it has not been changed (a backup is at “%4”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file: “%1” is the open workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another running Attest; it cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The audit trail could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: “%1” is not a field of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to restore already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attest::AuditEventModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attest::SystemTableModel</name>
    <message>
        <source>Review overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attest::ui::AuditTrailView</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: code or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and link, and report the first that does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values before and after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the last verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1 (UTC %2)
Who: %3, computer account %4
User action: %5
Record number: %6 · Batch: %7
Hash: %8
Previous: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: %1 events, head %2 (verified at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: all %1 events match their hashes and links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken at event %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail does not verify: event %1 is %2. %3. Keep this file as evidence and restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attest::ui::DisplayNameDialog</name>
    <message>
        <source>Your name in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attest records who made every change. Enter your name as colleagues and auditors should read it. Your computer account (%1) is recorded beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maria Rossi, Risk Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attest::ui::InventoryView</name>
    <message>
        <source>Show &amp;retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New AI System…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected system&apos;s details (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected system as retired; it stays in the inventory and the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name, owner, unit, tag, stage…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Default Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was retired and is now hidden; tick “Show retired” to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the inventory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring keeps the system and its history in the inventory, which is usually what an audit needs. Deleting removes it and its change log; the deletion and every value it had stay in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AI Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct these rows and import the file again:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to import. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1?

%2

All rows are written in one step and recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export AI Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 AI systems to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attest::ui::MainWindow</name>
    <message>
        <source>Attest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the open workspace and continue in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Attest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is one file holding your AI system inventory and its audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was upgraded to format %1. A copy of the original is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only: %1. You can look at everything, and save a copy to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only] — Attest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Attest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded as %1 (computer account %2). Change the name in Edit &gt; Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attest workspaces (*.attest *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Attest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attest %1&lt;/h3&gt;&lt;p&gt;A workbench for AI governance and compliance: an inventory of your AI systems with a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Workspace format %2 · Qt %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attest::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attest::ui::SystemDialog</name>
    <message>
        <source>New AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer-facing, pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove change log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the entry of %1? The removal is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new system first; then its change log can be kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code “%1” is already used by another AI system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Creating the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attest: AI governance workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the workspace does not exist yet, create it with demo content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log to the terminal too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

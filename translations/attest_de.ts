<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AiSystem</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unique internal identifier, e.g. FIN-FRAUD-01</source>
        <translation>Eindeutige interne Kennung, z. B. FIN-FRAUD-01</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What people call the system</source>
        <translation>Gebräuchliche Bezeichnung des Systems</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the system does and how</source>
        <translation>Was das System tut und wie</translation>
    </message>
    <message>
        <source>Intended purpose</source>
        <translation>Zweckbestimmung</translation>
    </message>
    <message>
        <source>The use it is meant for, and the uses it is not meant for</source>
        <translation>Die vorgesehene Verwendung und die nicht vorgesehenen Verwendungen</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlich verantwortlich</translation>
    </message>
    <message>
        <source>Accountable for the system&apos;s use and its risks</source>
        <translation>Rechenschaftspflichtig für den Einsatz des Systems und seine Risiken</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technisch verantwortlich</translation>
    </message>
    <message>
        <source>Responsible for building and running it</source>
        <translation>Zuständig für Entwicklung und Betrieb</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktivbetrieb</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation>On-Premises</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Third-party API / SaaS</source>
        <translation>API eines Drittanbieters / SaaS</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>Modelltyp</translation>
    </message>
    <message>
        <source>Generative / LLM</source>
        <translation>Generativ / LLM</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>Empfehlungssystem</translation>
    </message>
    <message>
        <source>Computer vision</source>
        <translation>Computer Vision</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>Eigenentwicklung</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fremdanbieter</translation>
    </message>
    <message>
        <source>Who supplies the system, when it is bought in</source>
        <translation>Wer das System liefert, wenn es zugekauft ist</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Komponenten von Drittanbietern</translation>
    </message>
    <message>
        <source>The supply chain, one per line as “kind: name”, e.g. “model: Llama 3.1 8B”</source>
        <translation>Die Lieferkette, eine Komponente pro Zeile als „Art: Name“, z. B. „model: Llama 3.1 8B“</translation>
    </message>
    <message>
        <source>Pre-trained model</source>
        <translation>Vortrainiertes Modell</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>What kinds of data the system processes</source>
        <translation>Welche Arten von Daten das System verarbeitet</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Special categories (GDPR Art. 9)</source>
        <translation>Besondere Kategorien personenbezogener Daten (DSGVO Art. 9)</translation>
    </message>
    <message>
        <source>Protected health information (HIPAA)</source>
        <translation>Geschützte Gesundheitsinformationen (HIPAA)</translation>
    </message>
    <message>
        <source>Confidential business data</source>
        <translation>Vertrauliche Geschäftsdaten</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Keine davon</translation>
    </message>
    <message>
        <source>Data sources and provenance</source>
        <translation>Datenquellen und Herkunft</translation>
    </message>
    <message>
        <source>Where training and input data come from, and how that is tracked</source>
        <translation>Woher Trainings- und Eingabedaten stammen und wie dies nachverfolgt wird</translation>
    </message>
    <message>
        <source>Automated decisions (GDPR Art. 22)</source>
        <translation>Automatisierte Entscheidungen (DSGVO Art. 22)</translation>
    </message>
    <message>
        <source>Does it take decisions with legal or similarly significant effects on people?</source>
        <translation>Trifft es Entscheidungen, die gegenüber Personen rechtliche Wirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Human oversight</source>
        <translation>Menschliche Aufsicht</translation>
    </message>
    <message>
        <source>Human in the loop</source>
        <translation>Mensch in der Schleife (Human in the Loop)</translation>
    </message>
    <message>
        <source>Human on the loop</source>
        <translation>Mensch über der Schleife (Human on the Loop)</translation>
    </message>
    <message>
        <source>No human oversight</source>
        <translation>Keine menschliche Aufsicht</translation>
    </message>
    <message>
        <source>EU AI Act risk tier</source>
        <translation>Risikostufe nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Limited risk (transparency)</source>
        <translation>Begrenztes Risiko (Transparenz)</translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation>Minimales Risiko</translation>
    </message>
    <message>
        <source>General-purpose AI</source>
        <translation>KI-Modell mit allgemeinem Verwendungszweck</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>Noch nicht eingestuft</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>How much the business depends on it</source>
        <translation>Wie stark das Geschäft davon abhängt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Monitoring in place</source>
        <translation>Vorhandene Überwachung</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Input anomalies</source>
        <translation>Eingabeanomalien</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Date, as YYYY-MM-DD</source>
        <translation>Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Comma-separated labels</source>
        <translation>Durch Kommas getrennte Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>“%1” should read “kind: name”, with kind one of %2.</source>
        <translation>„%1“ muss die Form „Art: Name“ haben; Art ist eine von %2.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of component; use one of %2.</source>
        <translation>„%1“ ist keine Komponentenart; möglich sind %2.</translation>
    </message>
    <message>
        <source>The component “%1” has no name.</source>
        <translation>Die Komponente „%1“ hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1 muss einzeilig sein.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 ist zu lang (%2 Zeichen; höchstens %3).</translation>
    </message>
    <message>
        <source>Code “%1” may only contain the letters A–Z, digits and . _ / - (no spaces or accents).</source>
        <translation>Der Code „%1“ darf nur die Buchstaben A–Z, Ziffern und . _ / - enthalten (keine Leerzeichen, Umlaute oder Akzente).</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>Data categories: “none” cannot be combined with other categories.</source>
        <translation>Datenkategorien: „none“ kann nicht mit anderen Kategorien kombiniert werden.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: „%2“ ist kein Datum; im Format YYYY-MM-DD angeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not a field of an AI system.</source>
        <translation>„%1“ ist kein Feld eines KI-Systems.</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Unsere Rolle</translation>
    </message>
    <message>
        <source>For this processing, the organisation acts as</source>
        <translation>Bei dieser Verarbeitung handelt die Organisation als</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gemeinsam Verantwortlicher</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Our name and contact details</source>
        <translation>Unser Name und unsere Kontaktdaten</translation>
    </message>
    <message>
        <source>The organisation acting as controller (or as processor), and how to reach it</source>
        <translation>Die als Verantwortlicher (oder als Auftragsverarbeiter) handelnde Organisation und wie sie erreichbar ist</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Gemeinsam Verantwortliche</translation>
    </message>
    <message>
        <source>Where applicable: who else decides, and their contact details</source>
        <translation>Gegebenenfalls: wer sonst mitentscheidet, und deren Kontaktdaten</translation>
    </message>
    <message>
        <source>Representative in the Union</source>
        <translation>Vertreter in der Union</translation>
    </message>
    <message>
        <source>Where applicable (controllers outside the EU)</source>
        <translation>Gegebenenfalls (Verantwortliche außerhalb der EU)</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Name and contact details, where a DPO is designated</source>
        <translation>Name und Kontaktdaten, sofern ein Datenschutzbeauftragter benannt ist</translation>
    </message>
    <message>
        <source>Processing carried out for controllers</source>
        <translation>Im Auftrag von Verantwortlichen durchgeführte Verarbeitungen</translation>
    </message>
    <message>
        <source>As a processor: each controller we act for, their contact details, and the categories of processing carried out for each</source>
        <translation>Als Auftragsverarbeiter: jeder Verantwortliche, in dessen Auftrag wir tätig sind, seine Kontaktdaten und die Kategorien von Verarbeitungen, die für ihn durchgeführt werden</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Zwecke der Verarbeitung</translation>
    </message>
    <message>
        <source>Why the personal data are processed</source>
        <translation>Warum die personenbezogenen Daten verarbeitet werden</translation>
    </message>
    <message>
        <source>Lawful basis (Art. 6)</source>
        <translation>Rechtsgrundlage (Art. 6)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertragserfüllung</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rechtliche Verpflichtung</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Aufgabe im öffentlichen Interesse</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Berechtigte Interessen</translation>
    </message>
    <message>
        <source>Legitimate interest pursued</source>
        <translation>Verfolgtes berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Where the processing rests on legitimate interests: which ones</source>
        <translation>Wenn die Verarbeitung auf berechtigten Interessen beruht: welche</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>Whose data, e.g. customers, applicants, patients</source>
        <translation>Wessen Daten, z. B. Kunden, Bewerber, Patienten</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <source>Which data about them, e.g. contact data, transaction history</source>
        <translation>Welche Daten über sie, z. B. Kontaktdaten, Transaktionshistorie</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Kategorien von Empfängern</translation>
    </message>
    <message>
        <source>Who the data are disclosed to, including recipients abroad</source>
        <translation>Wem die Daten offengelegt werden, einschließlich Empfängern im Ausland</translation>
    </message>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Übermittlungen außerhalb der EU</translation>
    </message>
    <message>
        <source>Third countries or international organisations, and the safeguards relied on; “none” when there are none</source>
        <translation>Drittländer oder internationale Organisationen und die herangezogenen Garantien; „keine“, wenn es keine gibt</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Löschfristen</translation>
    </message>
    <message>
        <source>How long each category of data is kept</source>
        <translation>Wie lange jede Datenkategorie aufbewahrt wird</translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Technische und organisatorische Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>A general description (Art. 32(1)); the controls recorded in Attest are listed in the reports as well</source>
        <translation>Eine allgemeine Beschreibung (Art. 32(1)); die in Attest erfassten Maßnahmen werden in den Berichten ebenfalls aufgeführt</translation>
    </message>
    <message>
        <source>Record last reviewed</source>
        <translation>Letzte Überprüfung des Eintrags</translation>
    </message>
    <message>
        <source>High-risk indicators</source>
        <translation>Indikatoren für ein hohes Risiko</translation>
    </message>
    <message>
        <source>The criteria of the EDPB&apos;s DPIA guidelines (WP248) that apply</source>
        <translation>Die zutreffenden Kriterien der DSFA-Leitlinien des EDSA (WP248)</translation>
    </message>
    <message>
        <source>Evaluation or scoring</source>
        <translation>Bewerten oder Einstufen (Scoring)</translation>
    </message>
    <message>
        <source>Automated decisions with legal or similar effect</source>
        <translation>Automatisierte Entscheidungen mit Rechtswirkung oder ähnlicher Wirkung</translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation>Systematische Überwachung</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation>Sensible oder höchst persönliche Daten</translation>
    </message>
    <message>
        <source>Large scale</source>
        <translation>Umfangreiche Verarbeitung</translation>
    </message>
    <message>
        <source>Matching or combining datasets</source>
        <translation>Abgleich oder Zusammenführung von Datensätzen</translation>
    </message>
    <message>
        <source>Vulnerable data subjects</source>
        <translation>Schutzbedürftige betroffene Personen</translation>
    </message>
    <message>
        <source>Innovative technology</source>
        <translation>Innovative Technologie</translation>
    </message>
    <message>
        <source>Prevents exercising a right or using a service</source>
        <translation>Hindert an der Ausübung eines Rechts oder der Nutzung einer Dienstleistung</translation>
    </message>
    <message>
        <source>Description of the processing operations</source>
        <translation>Beschreibung der Verarbeitungsvorgänge</translation>
    </message>
    <message>
        <source>What happens to the data, step by step, and in which context</source>
        <translation>Was mit den Daten geschieht, Schritt für Schritt, und in welchem Kontext</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <translation>Notwendigkeit und Verhältnismäßigkeit</translation>
    </message>
    <message>
        <source>Why the processing is needed for its purposes, and why less intrusive means would not do</source>
        <translation>Warum die Verarbeitung für ihre Zwecke notwendig ist und warum weniger eingreifende Mittel nicht ausreichen</translation>
    </message>
    <message>
        <source>Risks to the rights and freedoms of data subjects</source>
        <translation>Risiken für die Rechte und Freiheiten der betroffenen Personen</translation>
    </message>
    <message>
        <source>How people could be harmed; the system&apos;s risk register is added to the report</source>
        <translation>Wie Personen zu Schaden kommen könnten; das Risikoregister des Systems wird dem Bericht beigefügt</translation>
    </message>
    <message>
        <source>Measures to address the risks</source>
        <translation>Maßnahmen zur Bewältigung der Risiken</translation>
    </message>
    <message>
        <source>Safeguards, security measures and how compliance is shown; implemented controls are added to the report</source>
        <translation>Garantien, Sicherheitsvorkehrungen und wie die Einhaltung nachgewiesen wird; umgesetzte Maßnahmen werden dem Bericht beigefügt</translation>
    </message>
    <message>
        <source>Advice of the data protection officer</source>
        <translation>Rat des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>What the DPO advised, and whether it was followed (and if not, why)</source>
        <translation>Was der Datenschutzbeauftragte geraten hat und ob dem gefolgt wurde (und falls nicht, warum)</translation>
    </message>
    <message>
        <source>Views of data subjects</source>
        <translation>Standpunkt der betroffenen Personen</translation>
    </message>
    <message>
        <source>Where appropriate: views sought from data subjects or their representatives</source>
        <translation>Gegebenenfalls: eingeholter Standpunkt der betroffenen Personen oder ihrer Vertreter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Residual risk accepted</source>
        <translation>Restrisiko akzeptiert</translation>
    </message>
    <message>
        <source>High residual risk: prior consultation (Art. 36)</source>
        <translation>Hohes Restrisiko: vorherige Konsultation (Art. 36)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Name and position of who approved the outcome</source>
        <translation>Name und Funktion der Person, die das Ergebnis genehmigt hat</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>Next review of the assessment</source>
        <translation>Nächste Überprüfung der Folgenabschätzung</translation>
    </message>
    <message>
        <source>At the latest; earlier when the risk changes. YYYY-MM-DD</source>
        <translation>Spätestens; früher, wenn sich das Risiko ändert. YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Data-protection record</source>
        <translation>Datenschutzdokumentation</translation>
    </message>
    <message>
        <source>Edit the data-protection record of AI system %1</source>
        <translation>Datenschutzdokumentation von KI-System %1 bearbeiten</translation>
    </message>
    <message>
        <source>Record of Processing (Art. 30)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30)</translation>
    </message>
    <message>
        <source>Impact Assessment (Art. 35)</source>
        <translation>Datenschutz-Folgenabschätzung (Art. 35)</translation>
    </message>
    <message>
        <source>Software and firmware versions</source>
        <translation>Software- und Firmwareversionen</translation>
    </message>
    <message>
        <source>The versions of the software and firmware, and how they are updated</source>
        <translation>Die Versionen der Software und Firmware und wie sie aktualisiert werden</translation>
    </message>
    <message>
        <source>Forms of supply</source>
        <translation>Formen des Inverkehrbringens</translation>
    </message>
    <message>
        <source>How it is placed on the market or put into service: a package, embedded in a product, a download or an API</source>
        <translation>Wie es in Verkehr gebracht oder in Betrieb genommen wird: als Softwarepaket, eingebettet in ein Produkt, als Download oder als API</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>The hardware it is meant to run on; for a product, where its photographs and marking are kept</source>
        <translation>Die Hardware, auf der es laufen soll; bei einem Produkt: wo dessen Fotografien und Kennzeichnung abgelegt sind</translation>
    </message>
    <message>
        <source>Interface for deployers</source>
        <translation>Schnittstelle für Betreiber</translation>
    </message>
    <message>
        <source>The user interface given to those who deploy it</source>
        <translation>Die Benutzeroberfläche, die den Betreibern bereitgestellt wird</translation>
    </message>
    <message>
        <source>Instructions for use</source>
        <translation>Betriebsanleitung</translation>
    </message>
    <message>
        <source>Where the instructions for use are, and their version</source>
        <translation>Wo die Betriebsanleitung zu finden ist, und ihre Version</translation>
    </message>
    <message>
        <source>Development methods</source>
        <translation>Entwicklungsmethoden</translation>
    </message>
    <message>
        <source>The methods and steps of development, including pre-trained systems and third-party tools used</source>
        <translation>Die Methoden und Schritte der Entwicklung, einschließlich verwendeter vortrainierter Systeme und Werkzeuge Dritter</translation>
    </message>
    <message>
        <source>Design logic and key choices</source>
        <translation>Konzeptionslogik und zentrale Entscheidungen</translation>
    </message>
    <message>
        <source>The general logic, the key design choices and their reasons, the assumptions, what it optimises for</source>
        <translation>Die allgemeine Logik, die wichtigsten Konzeptionsentscheidungen und ihre Gründe, die Annahmen, worauf es optimiert ist</translation>
    </message>
    <message>
        <source>Architecture and computing resources</source>
        <translation>Architektur und Rechenressourcen</translation>
    </message>
    <message>
        <source>How the components fit together, and the computing resources used to develop, train, test and validate it</source>
        <translation>Wie die Komponenten zusammenwirken und welche Rechenressourcen zur Entwicklung, zum Training, zum Testen und zur Validierung genutzt wurden</translation>
    </message>
    <message>
        <source>Data sheets</source>
        <translation>Datenblätter</translation>
    </message>
    <message>
        <source>Training methods and data sets: provenance, scope, main characteristics, how the data were selected, labelled and cleaned</source>
        <translation>Trainingsmethoden und Datensätze: Herkunft, Umfang, Hauptmerkmale, wie die Daten ausgewählt, gekennzeichnet und bereinigt wurden</translation>
    </message>
    <message>
        <source>Assessment of the human oversight measures</source>
        <translation>Bewertung der Maßnahmen zur menschlichen Aufsicht</translation>
    </message>
    <message>
        <source>Why the oversight measures suffice, including what helps deployers interpret the output</source>
        <translation>Warum die Aufsichtsmaßnahmen ausreichen, einschließlich dessen, was Betreibern hilft, die Ausgaben zu interpretieren</translation>
    </message>
    <message>
        <source>Pre-determined changes</source>
        <translation>Vorab festgelegte Änderungen</translation>
    </message>
    <message>
        <source>Changes to the system and its performance decided in advance, and how compliance is kept through them</source>
        <translation>Im Voraus festgelegte Änderungen am System und an seiner Leistung und wie die Konformität dabei gewahrt bleibt</translation>
    </message>
    <message>
        <source>Validation and testing</source>
        <translation>Validierung und Tests</translation>
    </message>
    <message>
        <source>Procedures, data and metrics (accuracy, robustness, discriminatory impact); where the dated and signed test reports are</source>
        <translation>Verfahren, Daten und Metriken (Genauigkeit, Robustheit, diskriminierende Auswirkungen); wo die datierten und unterzeichneten Testprotokolle liegen</translation>
    </message>
    <message>
        <source>Cybersecurity measures</source>
        <translation>Cybersicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>The measures that protect the system; controls are listed as well</source>
        <translation>Die Vorkehrungen zum Schutz des Systems; die Maßnahmen werden ebenfalls aufgeführt</translation>
    </message>
    <message>
        <source>Capabilities and limitations</source>
        <translation>Fähigkeiten und Grenzen</translation>
    </message>
    <message>
        <source>Performance, with the accuracy expected overall and for the groups of people it is used on</source>
        <translation>Leistung, mit der insgesamt und für die Personengruppen, auf die es angewendet wird, erwarteten Genauigkeit</translation>
    </message>
    <message>
        <source>Foreseeable unintended outcomes</source>
        <translation>Vorhersehbare unbeabsichtigte Ergebnisse</translation>
    </message>
    <message>
        <source>Unintended outcomes and sources of risk to health, safety, fundamental rights and discrimination</source>
        <translation>Unbeabsichtigte Ergebnisse und Risikoquellen für Gesundheit, Sicherheit und Grundrechte sowie in Bezug auf Diskriminierung</translation>
    </message>
    <message>
        <source>Input data specifications</source>
        <translation>Spezifikationen der Eingabedaten</translation>
    </message>
    <message>
        <source>What input the system expects</source>
        <translation>Welche Eingaben das System erwartet</translation>
    </message>
    <message>
        <source>Why these performance metrics</source>
        <translation>Begründung der Leistungskennzahlen</translation>
    </message>
    <message>
        <source>Why the metrics chosen are appropriate for this system</source>
        <translation>Warum die gewählten Kennzahlen für dieses System geeignet sind</translation>
    </message>
    <message>
        <source>Standards applied</source>
        <translation>Angewandte Normen</translation>
    </message>
    <message>
        <source>Harmonised standards applied, or the other solutions used to meet the requirements</source>
        <translation>Angewandte harmonisierte Normen oder die anderen Lösungen, mit denen die Anforderungen erfüllt werden</translation>
    </message>
    <message>
        <source>EU declaration of conformity</source>
        <translation>EU-Konformitätserklärung</translation>
    </message>
    <message>
        <source>Where the declaration is kept, its date and reference</source>
        <translation>Wo die Erklärung aufbewahrt wird, ihr Datum und ihre Referenz</translation>
    </message>
    <message>
        <source>Post-market monitoring plan</source>
        <translation>Plan zur Beobachtung nach dem Inverkehrbringen</translation>
    </message>
    <message>
        <source>How performance is followed once in use: what data are collected, how often, who reviews them</source>
        <translation>Wie die Leistung im Betrieb verfolgt wird: welche Daten erhoben werden, wie oft und wer sie prüft</translation>
    </message>
    <message>
        <source>Technical documentation</source>
        <translation>Technische Dokumentation</translation>
    </message>
    <message>
        <source>Edit the technical documentation of AI system %1</source>
        <translation>Technische Dokumentation von KI-System %1 bearbeiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Conformity and Monitoring</source>
        <translation>Konformität und Überwachung</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>Der Prüfpfad konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>Nr. %1 zu %2</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>verändert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umsortiert</translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>Der Prüfpfad konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>event %1 is missing (the trail jumps from %2 to %3)</source>
        <translation>Ereignis %1 fehlt (der Pfad springt von %2 auf %3)</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing (the trail jumps from %3 to %4)</source>
        <translation>Ereignisse %1 bis %2 fehlen (der Pfad springt von %3 auf %4)</translation>
    </message>
    <message>
        <source>event %1 was inserted: its hash does not match its content and the next event links past it to event %2</source>
        <translation>Ereignis %1 wurde eingefügt: sein Hash passt nicht zu seinem Inhalt, und das nächste Ereignis verweist an ihm vorbei auf Ereignis %2</translation>
    </message>
    <message>
        <source>the content of the newest event %1 does not match its recorded hash (it was changed or forged)</source>
        <translation>der Inhalt des neuesten Ereignisses %1 passt nicht zu seinem gespeicherten Hash (es wurde verändert oder gefälscht)</translation>
    </message>
    <message>
        <source>the content of event %1 was changed after it was recorded (its hash no longer matches)</source>
        <translation>der Inhalt von Ereignis %1 wurde nach der Aufzeichnung verändert (sein Hash passt nicht mehr)</translation>
    </message>
    <message>
        <source>the event at position %1 was recorded as event %2: events before it were deleted and the later ones renumbered</source>
        <translation>das Ereignis an Position %1 wurde als Ereignis %2 aufgezeichnet: frühere Ereignisse wurden gelöscht und die späteren neu nummeriert</translation>
    </message>
    <message>
        <source>the event at position %1 was recorded as event %2: events were reordered</source>
        <translation>das Ereignis an Position %1 wurde als Ereignis %2 aufgezeichnet: Ereignisse wurden umsortiert</translation>
    </message>
    <message>
        <source>event %1 follows event %2 in the chain, which now stands after it: events were reordered</source>
        <translation>Ereignis %1 folgt in der Kette auf Ereignis %2, das jetzt nach ihm steht: Ereignisse wurden umsortiert</translation>
    </message>
    <message>
        <source>event %1 links to event %2: the events between them are missing</source>
        <translation>Ereignis %1 verweist auf Ereignis %2: die Ereignisse dazwischen fehlen</translation>
    </message>
    <message>
        <source>event %1 does not link to event %2: an event was inserted or replaced before it</source>
        <translation>Ereignis %1 verweist nicht auf Ereignis %2: davor wurde ein Ereignis eingefügt oder ersetzt</translation>
    </message>
    <message>
        <source>event %1 was not recorded by Attest: it neither matches its hash nor links to event %2</source>
        <translation>Ereignis %1 wurde nicht von Attest aufgezeichnet: es passt weder zu seinem Hash, noch verweist es auf Ereignis %2</translation>
    </message>
    <message>
        <source>anchor missing</source>
        <translation>Anker fehlt</translation>
    </message>
    <message>
        <source>the anchored event %1 is not in the trail: events were removed from its end, or the trail was rebuilt</source>
        <translation>das verankerte Ereignis %1 ist nicht im Prüfpfad: Ereignisse wurden am Ende entfernt oder der Pfad wurde neu aufgebaut</translation>
    </message>
    <message>
        <source>AI system %1 (record %2)</source>
        <translation>KI-System %1 (Datensatz %2)</translation>
    </message>
    <message>
        <source>change log entry %1</source>
        <translation>Änderungsprotokoll-Eintrag %1</translation>
    </message>
    <message>
        <source>The workspace could not be read for verification.</source>
        <translation>Der Arbeitsbereich konnte für die Prüfung nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has no event in the trail: it was added outside Attest</source>
        <translation>%1 hat kein Ereignis im Prüfpfad: es wurde außerhalb von Attest hinzugefügt</translation>
    </message>
    <message>
        <source>%1 exists, although event %2 deleted it</source>
        <translation>%1 existiert, obwohl Ereignis %2 es gelöscht hat</translation>
    </message>
    <message>
        <source>%1 says it was last changed by event %2, but its last recorded change is event %3</source>
        <translation>%1 gibt Ereignis %2 als letzte Änderung an, die letzte aufgezeichnete Änderung ist aber Ereignis %3</translation>
    </message>
    <message>
        <source>%1 differs from the state its last change (event %2) recorded: it was changed outside Attest</source>
        <translation>%1 weicht vom Stand ab, den seine letzte Änderung (Ereignis %2) aufgezeichnet hat: es wurde außerhalb von Attest geändert</translation>
    </message>
    <message>
        <source>record %1 (%2) is gone, but its last event %3 is not a deletion: it was removed outside Attest</source>
        <translation>Datensatz %1 (%2) fehlt, aber sein letztes Ereignis %3 ist keine Löschung: er wurde außerhalb von Attest entfernt</translation>
    </message>
    <message>
        <source>%1 (and %2 more records do not match)</source>
        <translation>%1 (und %2 weitere Datensätze stimmen nicht überein)</translation>
    </message>
    <message>
        <source>the database trigger %1, which refuses changes that bypass the audit trail, has been removed</source>
        <translation>der Datenbank-Trigger %1, der Änderungen am Prüfpfad vorbei verhindert, wurde entfernt</translation>
    </message>
    <message>
        <source>record changed outside the trail</source>
        <translation>Datensatz am Prüfpfad vorbei geändert</translation>
    </message>
    <message>
        <source>protection removed</source>
        <translation>Schutz entfernt</translation>
    </message>
    <message>
        <source>an event numbered %1 stands before the first event: it was inserted</source>
        <translation>ein Ereignis mit der Nummer %1 steht vor dem ersten Ereignis: es wurde eingefügt</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>Katalog %1</translation>
    </message>
    <message>
        <source>requirement %1 (record %2)</source>
        <translation>Anforderung %1 (Datensatz %2)</translation>
    </message>
    <message>
        <source>requirement mapping %1</source>
        <translation>Anforderungszuordnung %1</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>Cannot read the catalog file “%1”.</source>
        <translation>Die Katalogdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The catalog file “%1” is damaged: %2.</source>
        <translation>Die Katalogdatei „%1“ ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>Catalogs: %1 added, %2 updated; requirements: %3 added, %4 changed, %5 withdrawn; mappings: %6 added, %7 withdrawn.</source>
        <translation>Kataloge: %1 hinzugefügt, %2 aktualisiert; Anforderungen: %3 hinzugefügt, %4 geändert, %5 zurückgezogen; Zuordnungen: %6 hinzugefügt, %7 zurückgezogen.</translation>
    </message>
    <message>
        <source>“%1” is not an Attest catalog file.</source>
        <translation>„%1“ ist keine Attest-Katalogdatei.</translation>
    </message>
    <message>
        <source>No catalogs found in “%1”.</source>
        <translation>In „%1“ wurden keine Kataloge gefunden.</translation>
    </message>
    <message>
        <source>The catalog import was cancelled; nothing was changed.</source>
        <translation>Der Katalogimport wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Title changed in catalog release %1; it was “%2”.</source>
        <translation>Titel in Katalogversion %1 geändert; bisher „%2“.</translation>
    </message>
    <message>
        <source>No longer in catalog release %1; kept with everything attached to it.</source>
        <translation>Nicht mehr in Katalogversion %1; mit allem, was daran hängt, aufbewahrt.</translation>
    </message>
    <message>
        <source>Update catalog %1 to release %2</source>
        <translation>Katalog %1 auf Version %2 aktualisieren</translation>
    </message>
    <message>
        <source>Load catalog %1 (release %2)</source>
        <translation>Katalog %1 laden (Version %2)</translation>
    </message>
    <message>
        <source>The catalog %1 was not stored.</source>
        <translation>Der Katalog %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Loading the catalogs was cancelled.</source>
        <translation>Das Laden der Kataloge wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Load the shipped crosswalks (release %1)</source>
        <translation>Mitgelieferte Zuordnungstabellen laden (Version %1)</translation>
    </message>
    <message>
        <source>A shipped crosswalk names an unknown requirement: %1:%2 → %3:%4.</source>
        <translation>Eine mitgelieferte Zuordnungstabelle nennt eine unbekannte Anforderung: %1:%2 → %3:%4.</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The catalogs could not be read.</source>
        <translation>Die Kataloge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The catalog could not be read.</source>
        <translation>Der Katalog konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The mappings could not be read.</source>
        <translation>Die Zuordnungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The catalogs could not be recorded.</source>
        <translation>Die Kataloge konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The catalogs could not be searched.</source>
        <translation>Die Kataloge konnten nicht durchsucht werden.</translation>
    </message>
</context>
<context>
    <name>CatalogTitles</name>
    <message>
        <source>The requirement titles could not be read.</source>
        <translation>Die Titel der Anforderungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>requirement title in the UI language (official English title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Official title: %1</source>
        <translation>Amtlicher Titel: %1</translation>
    </message>
    <message>
        <source>The requirement titles could not be stored.</source>
        <translation>Die Titel der Anforderungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ChangeEntryDialog</name>
    <message>
        <source>Edit change log entry</source>
        <translation>Eintrag im Änderungsprotokoll bearbeiten</translation>
    </message>
    <message>
        <source>New change log entry</source>
        <translation>Neuer Eintrag im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Model &amp;version:</source>
        <translation>&amp;Modellversion:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Was wurde geändert:</translation>
    </message>
    <message>
        <source>Validated &amp;by:</source>
        <translation>Validiert &amp;von:</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>The date of a change must be given as YYYY-MM-DD.</source>
        <translation>Das Datum einer Änderung muss im Format YYYY-MM-DD angegeben werden.</translation>
    </message>
    <message>
        <source>Say which model version this is or what changed.</source>
        <translation>Modellversion oder Art der Änderung angeben.</translation>
    </message>
    <message>
        <source>A change must belong to an AI system.</source>
        <translation>Eine Änderung muss zu einem KI-System gehören.</translation>
    </message>
    <message>
        <source>The change log could not be read.</source>
        <translation>Das Änderungsprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Add change log entry to AI system %1</source>
        <translation>Eintrag zum Änderungsprotokoll von KI-System %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit change log entry of AI system %1</source>
        <translation>Eintrag im Änderungsprotokoll von KI-System %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove change log entry from AI system %1</source>
        <translation>Eintrag aus dem Änderungsprotokoll von KI-System %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create a demo workspace (refuses to overwrite an existing file).</source>
        <translation>Einen Demo-Arbeitsbereich anlegen (überschreibt keine vorhandene Datei).</translation>
    </message>
    <message>
        <source>List the AI systems of a workspace.</source>
        <translation>Die KI-Systeme eines Arbeitsbereichs auflisten.</translation>
    </message>
    <message>
        <source>Import AI systems from a CSV file: all rows or none.</source>
        <translation>KI-Systeme aus einer CSV-Datei importieren: alle Zeilen oder keine.</translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain.</source>
        <translation>Die Hash-Kette des Prüfpfads prüfen.</translation>
    </message>
    <message>
        <source>Workspace file (default: the default workspace).</source>
        <translation>Arbeitsbereichsdatei (Standard: der Standard-Arbeitsbereich).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>--systems needs a number between 0 and 1000000.</source>
        <translation>--systems erwartet eine Zahl zwischen 0 und 1000000.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation>--seed erwartet eine nicht negative ganze Zahl.</translation>
    </message>
    <message>
        <source>Created demo workspace %1: %2 AI systems, %3 audit events.</source>
        <translation>Demo-Arbeitsbereich %1 angelegt: %2 KI-Systeme, %3 Prüfpfad-Ereignisse.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Unbekanntes Format „%1“: table, csv oder json verwenden.</translation>
    </message>
    <message>
        <source>AI systems: %1</source>
        <translation>KI-Systeme: %1</translation>
    </message>
    <message>
        <source>import systems needs exactly one CSV file.</source>
        <translation>import systems erwartet genau eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Cannot import into “%1”: %2.</source>
        <translation>Import in „%1“ nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Probelauf, nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Exported %1 AI systems to %2</source>
        <translation>%1 KI-Systeme nach %2 exportiert</translation>
    </message>
    <message>
        <source>Add N generated systems for scale tests.</source>
        <translation>N generierte Systeme für Skalierungstests hinzufügen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed for the generated systems (default 1).</source>
        <translation>Startwert (Seed) für die generierten Systeme (Standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Check the file and report what would change, without writing.</source>
        <translation>Datei prüfen und melden, was sich ändern würde, ohne zu schreiben.</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, header row).</source>
        <translation>Die CSV-Datei (UTF-8, mit Kopfzeile).</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv oder json.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Zu schreibende Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Usage: attest [--db PATH] [--demo]          open the GUI
       attest COMMAND [options]            automation

Commands:
</source>
        <translation>Aufruf: attest [--db PFAD] [--demo]         GUI öffnen
        attest BEFEHL [Optionen]            Automatisierung

Befehle:
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Run “attest %2 --help”.</source>
        <translation>Unerwartetes Argument „%1“. Siehe „attest %2 --help“.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “attest --help” for the list.</source>
        <translation>Unbekannter Befehl „%1“. Die Liste der Befehle zeigt „attest --help“.</translation>
    </message>
    <message>
        <source>--anchor needs a head hash of 64 hexadecimal digits.</source>
        <translation>--anchor erwartet einen Kopf-Hash aus 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Also require this event (a head hash printed by an earlier verify) to be in the trail: detects events cut from the end or a rebuilt trail.</source>
        <translation>Zusätzlich verlangen, dass dieses Ereignis (ein von einer früheren Prüfung ausgegebener Kopf-Hash) im Prüfpfad steht: erkennt am Ende abgeschnittene Ereignisse oder einen neu aufgebauten Pfad.</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>the audit trail does not verify: %1.</source>
        <translation>der Prüfpfad ist nicht intakt: %1.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table or json.</source>
        <translation>Unbekanntes Format „%1“: table oder json verwenden.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Assessable</source>
        <translation>Bewertbar</translation>
    </message>
    <message>
        <source>catalog show needs exactly one framework id (see “attest catalog list”).</source>
        <translation>catalog show braucht genau eine Rahmenwerk-Kennung (siehe „attest catalog list“).</translation>
    </message>
    <message>
        <source>catalog show needs --format csv or --format json.</source>
        <translation>catalog show braucht --format csv oder --format json.</translation>
    </message>
    <message>
        <source>There is no framework “%1” in this workspace (see “attest catalog list”).</source>
        <translation>In diesem Arbeitsbereich gibt es kein Rahmenwerk „%1“ (siehe „attest catalog list“).</translation>
    </message>
    <message>
        <source>%1 — %2. %3</source>
        <translation>%1 — %2. %3</translation>
    </message>
    <message>
        <source>catalog import needs exactly one OSCAL JSON file.</source>
        <translation>catalog import braucht genau eine OSCAL-JSON-Datei.</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: nichts wurde importiert: %2</translation>
    </message>
    <message>
        <source>Tolerated deviations from the OSCAL schema:</source>
        <translation>Tolerierte Abweichungen vom OSCAL-Schema:</translation>
    </message>
    <message>
        <source>catalog export needs exactly one framework id (see “attest catalog list”).</source>
        <translation>catalog export braucht genau eine Rahmenwerk-Kennung (siehe „attest catalog list“).</translation>
    </message>
    <message>
        <source>catalog export needs --format oscal.</source>
        <translation>catalog export braucht --format oscal.</translation>
    </message>
    <message>
        <source>catalog export needs --out FILE.</source>
        <translation>catalog export braucht --out DATEI.</translation>
    </message>
    <message>
        <source>Exported %1 requirements of %2 as an OSCAL %3 catalog to %4</source>
        <translation>%1 Anforderungen von %2 als OSCAL-%3-Katalog nach %4 exportiert</translation>
    </message>
    <message>
        <source>List the framework catalogs of a workspace.</source>
        <translation>Die Rahmenwerk-Kataloge eines Arbeitsbereichs auflisten.</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <source>Show one framework&apos;s requirements, with its attribution.</source>
        <translation>Die Anforderungen eines Rahmenwerks mit Quellenangabe anzeigen.</translation>
    </message>
    <message>
        <source>The framework id, e.g. iso27001-2022.</source>
        <translation>Die Kennung des Rahmenwerks, z. B. iso27001-2022.</translation>
    </message>
    <message>
        <source>Import an OSCAL catalog, or a profile as a tailored framework: all or nothing.</source>
        <translation>Einen OSCAL-Katalog importieren, oder ein Profil als zugeschnittenes Rahmenwerk: alles oder nichts.</translation>
    </message>
    <message>
        <source>For a profile: the framework to select from, when the profile&apos;s import cannot be matched by itself.</source>
        <translation>Bei einem Profil: das Rahmenwerk, aus dem ausgewählt wird, wenn sich der Import des Profils nicht selbst zuordnen lässt.</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>The OSCAL JSON file (OSCAL 1.0 to 1.2).</source>
        <translation>Die OSCAL-JSON-Datei (OSCAL 1.0 bis 1.2).</translation>
    </message>
    <message>
        <source>Export a framework as an OSCAL catalog (JSON).</source>
        <translation>Ein Rahmenwerk als OSCAL-Katalog (JSON) exportieren.</translation>
    </message>
    <message>
        <source>oscal (an OSCAL 1.1.3 catalog in JSON).</source>
        <translation>oscal (ein OSCAL-1.1.3-Katalog in JSON).</translation>
    </message>
    <message>
        <source>There is no AI system “%1” in this workspace (see “attest systems list”).</source>
        <translation>In diesem Arbeitsbereich gibt es kein KI-System „%1“ (siehe „attest systems list“).</translation>
    </message>
    <message>
        <source>There is no framework “%1” with requirements to assess (see “attest catalog list”).</source>
        <translation>Es gibt kein Rahmenwerk „%1“ mit bewertbaren Anforderungen (siehe „attest catalog list“).</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Does not apply: %1</source>
        <translation>Nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Herleitung</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>soa needs --format csv or --format json.</source>
        <translation>soa braucht --format csv oder --format json.</translation>
    </message>
    <message>
        <source>Coverage per framework and system, with its counts.</source>
        <translation>Abdeckung je Rahmenwerk und System, mit den Zählungen.</translation>
    </message>
    <message>
        <source>One AI system, by code.</source>
        <translation>Ein KI-System, per Code.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>One framework, by id (see “attest catalog list”).</source>
        <translation>Ein Rahmenwerk, per Kennung (siehe „attest catalog list“).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>The ISO/IEC 27001:2022 Statement of Applicability.</source>
        <translation>Die Erklärung zur Anwendbarkeit nach ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>Import a risk register from a CSV file: all rows or none.</source>
        <translation>Ein Risikoregister aus einer CSV-Datei importieren: alle Zeilen oder keine.</translation>
    </message>
    <message>
        <source>Check the file and report what would be added, without writing.</source>
        <translation>Datei prüfen und melden, was hinzugefügt würde, ohne zu schreiben.</translation>
    </message>
    <message>
        <source>Add the threats the file names but the threat catalog does not know.</source>
        <translation>Die Bedrohungen hinzufügen, die die Datei nennt, die der Bedrohungskatalog aber nicht kennt.</translation>
    </message>
    <message>
        <source>List the risk register, across systems or for one.</source>
        <translation>Das Risikoregister auflisten, systemübergreifend oder für ein System.</translation>
    </message>
    <message>
        <source>One AI system, by code or id.</source>
        <translation>Ein KI-System, per Code oder Kennung.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only risks at this level now (e.g. High).</source>
        <translation>Nur Risiken, die derzeit auf diesem Niveau liegen (z. B. Hoch).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Only open risks past their due date.</source>
        <translation>Nur offene Risiken, deren Fälligkeitsdatum überschritten ist.</translation>
    </message>
    <message>
        <source>risks list needs --format table, csv or json.</source>
        <translation>risks list braucht --format table, csv oder json.</translation>
    </message>
    <message>
        <source>There is no AI system “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein KI-System „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a level of the risk matrix: %2.</source>
        <translation>„%1“ ist kein Niveau der Risikomatrix: %2.</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Risiken: %1</translation>
    </message>
    <message>
        <source>import risks needs exactly one CSV file.</source>
        <translation>import risks erwartet genau eine CSV-Datei.</translation>
    </message>
    <message>
        <source>New threats for the threat catalog:</source>
        <translation>Neue Bedrohungen für den Bedrohungskatalog:</translation>
    </message>
    <message>
        <source>Threats not in the threat catalog:</source>
        <translation>Bedrohungen, die nicht im Bedrohungskatalog stehen:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <source>%1 Run again with --create-threats to add them to the threat catalog.</source>
        <translation>%1 Erneut mit --create-threats ausführen, um sie dem Bedrohungskatalog hinzuzufügen.</translation>
    </message>
    <message>
        <source>List the audit interviews: status, systems, progress, acknowledgement.</source>
        <translation>Die Audit-Interviews auflisten: Status, Systeme, Fortschritt, Bestätigung.</translation>
    </message>
    <message>
        <source>interviews list needs --format table or json.</source>
        <translation>interviews list braucht --format table oder json.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgungen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>PDF/A-1b zur Archivierung schreiben.</translation>
    </message>
    <message>
        <source>The organisation named on the cover.</source>
        <translation>Die auf dem Deckblatt genannte Organisation.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Say where to write the report with --out FILE.pdf.</source>
        <translation>Mit --out DATEI.pdf angeben, wohin der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper ist a4 oder letter.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 geschrieben (%2 Seiten).</translation>
    </message>
    <message>
        <source>audit: the first day, YYYY-MM-DD.</source>
        <translation>audit: der erste Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>audit: the last day, YYYY-MM-DD.</source>
        <translation>audit: der letzte Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>There is no AI system “%1”.</source>
        <translation>Es gibt kein KI-System „%1“.</translation>
    </message>
    <message>
        <source>--from and --to are dates, as YYYY-MM-DD.</source>
        <translation>--from und --to sind Daten im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Export systems, risks, controls, findings or soa as XLSX or CSV, or one system&apos;s OSCAL assessment results (oscal-ar) or plan of action and milestones (oscal-poam).</source>
        <translation>Systeme, Risiken, Maßnahmen, Feststellungen oder Erklärung zur Anwendbarkeit (systems, risks, controls, findings, soa) als XLSX oder CSV exportieren, oder für ein System die OSCAL-Bewertungsergebnisse (oscal-ar) bzw. den Maßnahmen- und Meilensteinplan (oscal-poam).</translation>
    </message>
    <message>
        <source>Write a report as PDF: executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, interview or audit.</source>
        <translation>Einen Bericht als PDF schreiben: executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, interview oder audit.</translation>
    </message>
    <message>
        <source>dossier, dpia: the AI system; hipaa, risks, remediation: only this one. By code or id.</source>
        <translation>dossier, dpia: das KI-System; hipaa, risks, remediation: nur dieses. Per Code oder ID.</translation>
    </message>
    <message>
        <source>interview: the session&apos;s id.</source>
        <translation>interview: die ID der Sitzung.</translation>
    </message>
    <message>
        <source>Sign the report with this user&apos;s signing key (kept in the keychain, made on first use): writes FILE.pdf.sig beside it and names the key on the cover.</source>
        <translation>Den Bericht mit dem Signaturschlüssel dieses Benutzers signieren (im Schlüsselbund aufbewahrt, bei der ersten Verwendung erzeugt): schreibt DATEI.pdf.sig daneben und nennt den Schlüssel auf dem Deckblatt.</translation>
    </message>
    <message>
        <source>The report: executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, interview or audit.</source>
        <translation>Der Bericht: executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, interview oder audit.</translation>
    </message>
    <message>
        <source>Check a signed report against its signature: valid (0) or invalid (1).</source>
        <translation>Einen signierten Bericht anhand seiner Signatur prüfen: gültig (0) oder ungültig (1).</translation>
    </message>
    <message>
        <source>The signature (default: FILE.sig beside the file).</source>
        <translation>Die Signatur (Standard: DATEI.sig neben der Datei).</translation>
    </message>
    <message>
        <source>The signer&apos;s public-key file (default: this user&apos;s key, from the keychain).</source>
        <translation>Die Datei mit dem öffentlichen Schlüssel des Unterzeichners (Standard: der Schlüssel dieses Benutzers aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>The signed file, e.g. a report PDF.</source>
        <translation>Die signierte Datei, z. B. ein Bericht als PDF.</translation>
    </message>
    <message>
        <source>Show the report-signing key&apos;s fingerprint and public key (made on first use).</source>
        <translation>Fingerabdruck und öffentlichen Schlüssel des Signaturschlüssels für Berichte anzeigen (wird bei der ersten Verwendung erzeugt).</translation>
    </message>
    <message>
        <source>Write the report-signing public key to a file, for others to verify with.</source>
        <translation>Den öffentlichen Schlüssel für die Berichtssignatur in eine Datei schreiben, damit andere damit prüfen können.</translation>
    </message>
    <message>
        <source>The public-key file to write.</source>
        <translation>Die zu schreibende Datei mit dem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>export %1 writes OSCAL JSON: leave out --format or use --format json.</source>
        <translation>export %1 schreibt OSCAL-JSON: --format weglassen oder --format json verwenden.</translation>
    </message>
    <message>
        <source>export %1 needs --system with the code or id of an AI system.</source>
        <translation>export %1 braucht --system mit dem Code oder der ID eines KI-Systems.</translation>
    </message>
    <message>
        <source>Exported OSCAL %1 assessment results of %2 to %3: %4 observations, %5 findings, %6 risks.</source>
        <translation>OSCAL-%1-Bewertungsergebnisse von %2 nach %3 exportiert: %4 Beobachtungen, %5 Feststellungen, %6 Risiken.</translation>
    </message>
    <message>
        <source>Exported an OSCAL %1 plan of action and milestones for %2 to %3: %4 items.</source>
        <translation>OSCAL-%1-Maßnahmen- und Meilensteinplan für %2 nach %3 exportiert: %4 Einträge.</translation>
    </message>
    <message>
        <source>export systems needs --format xlsx, --format csv or --format json.</source>
        <translation>export systems braucht --format xlsx, --format csv oder --format json.</translation>
    </message>
    <message>
        <source>export %1 needs --format xlsx or --format csv.</source>
        <translation>export %1 braucht --format xlsx oder --format csv.</translation>
    </message>
    <message>
        <source>--system is for export oscal-ar and oscal-poam.</source>
        <translation>--system gilt nur für export oscal-ar und oscal-poam.</translation>
    </message>
    <message>
        <source>Exported %1 rows of the table “%2” to %3</source>
        <translation>%1 Zeilen der Tabelle „%2“ nach %3 exportiert</translation>
    </message>
    <message>
        <source>Tables: xlsx or csv (systems also json). OSCAL: json (the default).</source>
        <translation>Tabellen: xlsx oder csv (systems auch json). OSCAL: json (Standard).</translation>
    </message>
    <message>
        <source>oscal-ar, oscal-poam: the AI system, by code or id.</source>
        <translation>oscal-ar, oscal-poam: das KI-System, per Code oder ID.</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Was exportiert werden soll: %1.</translation>
    </message>
    <message>
        <source>systems|risks|controls|findings|soa|oscal-ar|oscal-poam</source>
        <translation>systems|risks|controls|findings|soa|oscal-ar|oscal-poam</translation>
    </message>
    <message>
        <source>Name what to export: one of %1.</source>
        <translation>Angeben, was exportiert werden soll: eines von %1.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Run “attest export --help”.</source>
        <translation>Unerwartetes Argument „%1“. „attest export --help“ ausführen.</translation>
    </message>
    <message>
        <source>Unknown export “%1”: use one of %2.</source>
        <translation>Unbekannter Export „%1“: eines von %2 verwenden.</translation>
    </message>
    <message>
        <source>export %1 needs --out FILE.</source>
        <translation>export %1 braucht --out DATEI.</translation>
    </message>
    <message>
        <source>Name the report: one of %1.</source>
        <translation>Den Bericht angeben: einer von %1.</translation>
    </message>
    <message>
        <source>The %1 report is about one AI system: name it with --system CODE.</source>
        <translation>Der Bericht %1 betrifft ein einzelnes KI-System: mit --system CODE angeben.</translation>
    </message>
    <message>
        <source>The %1 report is about one interview session: name it with --session ID.</source>
        <translation>Der Bericht %1 betrifft eine einzelne Interview-Sitzung: mit --session ID angeben.</translation>
    </message>
    <message>
        <source>--session takes the session&apos;s id, a number (see `attest interviews list`).</source>
        <translation>--session erwartet die ID der Sitzung, eine Zahl (siehe `attest interviews list`).</translation>
    </message>
    <message>
        <source>Removed %1, the signature of the report this one replaces.</source>
        <translation>%1 entfernt, die Signatur des Berichts, den dieser ersetzt.</translation>
    </message>
    <message>
        <source>Created a new signing key in the keychain (fingerprint %1). Give others its public key (“attest signing-key export --out FILE”) so that they can check your reports.</source>
        <translation>Neuer Signaturschlüssel im Schlüsselbund erzeugt (Fingerabdruck %1). Geben Sie anderen den zugehörigen öffentlichen Schlüssel („attest signing-key export --out DATEI“), damit sie Ihre Berichte prüfen können.</translation>
    </message>
    <message>
        <source>verify needs exactly one file: the signed report.</source>
        <translation>verify braucht genau eine Datei: den signierten Bericht.</translation>
    </message>
    <message>
        <source>“%1” could not be read: there is no such file.</source>
        <translation>„%1“ konnte nicht gelesen werden: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no signature “%1”: name it with --sig FILE, or sign the report with “attest report … --sign”.</source>
        <translation>Es gibt keine Signatur „%1“: mit --sig DATEI angeben oder den Bericht mit „attest report … --sign“ signieren.</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>UNGÜLTIG: %1</translation>
    </message>
    <message>
        <source>%1 To check against another key, name its public-key file with --pubkey FILE.</source>
        <translation>%1 Um mit einem anderen Schlüssel zu prüfen, dessen Datei mit dem öffentlichen Schlüssel mit --pubkey DATEI angeben.</translation>
    </message>
    <message>
        <source>this user&apos;s keychain</source>
        <translation>Schlüsselbund dieses Benutzers</translation>
    </message>
    <message>
        <source>VALID: %1 (%2 bytes) was signed at %3 with the key %4 (from %5).</source>
        <translation>GÜLTIG: %1 (%2 Bytes) wurde am %3 mit dem Schlüssel %4 signiert (Quelle: %5).</translation>
    </message>
    <message>
        <source>Algorithm: Ed25519</source>
        <translation>Algorithmus: Ed25519</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Öffentlicher Schlüssel: %1</translation>
    </message>
    <message>
        <source>Say where to write the public key with --out FILE.</source>
        <translation>Mit --out DATEI angeben, wohin der öffentliche Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <source>Wrote the public key %1 to %2.</source>
        <translation>Öffentlichen Schlüssel %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>The report cannot be signed: %1
Nothing was written. To write the report unsigned, run the command again without --sign.</source>
        <translation>Der Bericht kann nicht signiert werden: %1
Es wurde nichts geschrieben. Um den Bericht unsigniert zu schreiben, den Befehl ohne --sign erneut ausführen.</translation>
    </message>
    <message>
        <source>The report could not be signed, so it was removed: %1</source>
        <translation>Der Bericht konnte nicht signiert werden und wurde daher entfernt: %1</translation>
    </message>
    <message>
        <source>Signed with the key %1: %2</source>
        <translation>Mit dem Schlüssel %1 signiert: %2</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s paper, US Letter in the US and Canada, else A4).</source>
        <translation>a4 oder letter (Standard: das Papier des Gebietsschemas, US Letter in den USA und Kanada, sonst A4).</translation>
    </message>
    <message>
        <source>--no-encrypt and --passphrase-file contradict each other.</source>
        <translation>--no-encrypt und --passphrase-file widersprechen sich.</translation>
    </message>
    <message>
        <source>--no-encrypt was given</source>
        <translation>--no-encrypt wurde angegeben</translation>
    </message>
    <message>
        <source>%1, and no --passphrase-file was given</source>
        <translation>%1, und --passphrase-file wurde nicht angegeben</translation>
    </message>
    <message>
        <source>The demo workspace was not kept: its key could not be stored in the keychain. %1</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht beibehalten: sein Schlüssel konnte nicht im Schlüsselbund gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Encrypted; its key is in this computer&apos;s keychain.</source>
        <translation>Verschlüsselt; sein Schlüssel liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Encrypted; its key is in this computer&apos;s keychain, and the recovery passphrase also opens it.</source>
        <translation>Verschlüsselt; sein Schlüssel liegt im Schlüsselbund dieses Computers, und auch die Wiederherstellungs-Passphrase öffnet ihn.</translation>
    </message>
    <message>
        <source>Encrypted; only its recovery passphrase opens it.</source>
        <translation>Verschlüsselt; nur seine Wiederherstellungs-Passphrase öffnet ihn.</translation>
    </message>
    <message>
        <source>note: “%1” is not encrypted: %2.</source>
        <translation>Hinweis: „%1“ ist nicht verschlüsselt: %2.</translation>
    </message>
    <message>
        <source>Do not encrypt the new workspace (by default it is encrypted with a key kept in the keychain, and with the recovery passphrase of --passphrase-file).</source>
        <translation>Den neuen Arbeitsbereich nicht verschlüsseln (standardmäßig wird er mit einem im Schlüsselbund aufbewahrten Schlüssel verschlüsselt und mit der Wiederherstellungs-Passphrase aus --passphrase-file).</translation>
    </message>
    <message>
        <source>Whether a workspace is encrypted, its key id and key slots, and whether this computer&apos;s keychain holds its key.</source>
        <translation>Ob ein Arbeitsbereich verschlüsselt ist, seine Schlüssel-ID und Schlüsselplätze und ob der Schlüsselbund dieses Computers seinen Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Encrypt a plain workspace (key in the keychain and/or recovery passphrase); the verified encrypted file replaces it.</source>
        <translation>Einen unverschlüsselten Arbeitsbereich verschlüsseln (Schlüssel im Schlüsselbund und/oder Wiederherstellungs-Passphrase); die geprüfte verschlüsselte Datei ersetzt ihn.</translation>
    </message>
    <message>
        <source>Write a decrypted copy of an encrypted workspace (--out FILE --yes), recorded in its audit trail.</source>
        <translation>Eine entschlüsselte Kopie eines verschlüsselten Arbeitsbereichs schreiben (--out DATEI --yes); sie wird in seinem Prüfpfad aufgezeichnet.</translation>
    </message>
    <message>
        <source>Encrypt every page of a workspace again under a new key, and replace its keychain entry.</source>
        <translation>Jede Seite eines Arbeitsbereichs mit einem neuen Schlüssel neu verschlüsseln und seinen Eintrag im Schlüsselbund ersetzen.</translation>
    </message>
    <message>
        <source>Set or change an encrypted workspace&apos;s recovery passphrase (--passphrase-file NEW), or remove it (--remove).</source>
        <translation>Die Wiederherstellungs-Passphrase eines verschlüsselten Arbeitsbereichs festlegen oder ändern (--passphrase-file NEU) oder entfernen (--remove).</translation>
    </message>
    <message>
        <source>
Every command takes --passphrase-file FILE (or the environment variable %1=FILE): the recovery passphrase of an encrypted workspace whose key this computer&apos;s keychain does not hold, as the file&apos;s first line.
</source>
        <translation>
Jeder Befehl akzeptiert --passphrase-file DATEI (oder die Umgebungsvariable %1=DATEI): die Wiederherstellungs-Passphrase eines verschlüsselten Arbeitsbereichs, dessen Schlüssel der Schlüsselbund dieses Computers nicht enthält, als erste Zeile der Datei.
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 a check failed, 2 usage error (also: an encrypted workspace and no key or passphrase that unlocks it), 3 workspace or I/O error.
Run “attest COMMAND --help” for a command&apos;s options.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 eine Prüfung ist fehlgeschlagen, 2 Aufruffehler (auch: ein verschlüsselter Arbeitsbereich ohne Schlüssel oder Passphrase, die ihn entsperrt), 3 Arbeitsbereichs- oder E/A-Fehler.
Führen Sie „attest BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>An encrypted workspace&apos;s recovery passphrase: the first line of this file (default: the file the environment variable %1 names).</source>
        <translation>Die Wiederherstellungs-Passphrase eines verschlüsselten Arbeitsbereichs: die erste Zeile dieser Datei (Standard: die Datei, die die Umgebungsvariable %1 nennt).</translation>
    </message>
    <message>
        <source>The passphrase file “%1” cannot be read: %2.</source>
        <translation>Die Passphrase-Datei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>warning: other users can read the passphrase file “%1”; make it readable only by you (chmod 600).</source>
        <translation>Warnung: Andere Benutzer können die Passphrase-Datei „%1“ lesen; machen Sie sie nur für Sie selbst lesbar (chmod 600).</translation>
    </message>
    <message>
        <source>The passphrase file “%1” is empty: its first line is the passphrase.</source>
        <translation>Die Passphrase-Datei „%1“ ist leer: die Passphrase ist ihre erste Zeile.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>this computer&apos;s keychain cannot be reached: %1</source>
        <translation>der Schlüsselbund dieses Computers ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>this computer&apos;s keychain holds no key for it</source>
        <translation>der Schlüsselbund dieses Computers enthält keinen Schlüssel für ihn</translation>
    </message>
    <message>
        <source>“%1” is encrypted, has no recovery passphrase, and this computer&apos;s keychain key does not unlock it.</source>
        <translation>„%1“ ist verschlüsselt, hat keine Wiederherstellungs-Passphrase, und der Schlüssel aus dem Schlüsselbund dieses Computers entsperrt ihn nicht.</translation>
    </message>
    <message>
        <source>“%1” is encrypted and has no recovery passphrase: only its key in the keychain of the computer that encrypted it unlocks it, and %2. To open it elsewhere, give it a recovery passphrase there (“attest workspace set-passphrase”).</source>
        <translation>„%1“ ist verschlüsselt und hat keine Wiederherstellungs-Passphrase: nur sein Schlüssel im Schlüsselbund des Computers, der ihn verschlüsselt hat, entsperrt ihn, und %2. Um ihn anderswo zu öffnen, legen Sie dort eine Wiederherstellungs-Passphrase für ihn fest („attest workspace set-passphrase“).</translation>
    </message>
    <message>
        <source>“%1” is encrypted, and only its recovery passphrase opens it. Give the passphrase in a file: --passphrase-file FILE, or the environment variable %2=FILE (the file&apos;s first line is the passphrase).</source>
        <translation>„%1“ ist verschlüsselt, und nur seine Wiederherstellungs-Passphrase öffnet ihn. Geben Sie die Passphrase in einer Datei an: --passphrase-file DATEI oder die Umgebungsvariable %2=DATEI (die erste Zeile der Datei ist die Passphrase).</translation>
    </message>
    <message>
        <source>“%1” is encrypted and %2. Give its recovery passphrase in a file: --passphrase-file FILE, or the environment variable %3=FILE (the file&apos;s first line is the passphrase).</source>
        <translation>„%1“ ist verschlüsselt und %2. Geben Sie seine Wiederherstellungs-Passphrase in einer Datei an: --passphrase-file DATEI oder die Umgebungsvariable %3=DATEI (die erste Zeile der Datei ist die Passphrase).</translation>
    </message>
    <message>
        <source>its keychain key is not at hand</source>
        <translation>sein Schlüssel aus dem Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>Unter „%1“ gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is not encrypted; encrypt it with “attest workspace encrypt”.</source>
        <translation>„%1“ ist nicht verschlüsselt; verschlüsseln Sie ihn mit „attest workspace encrypt“.</translation>
    </message>
    <message>
        <source>warning: the unencrypted original was deleted, but on SSDs, and on journaling or copy-on-write file systems, deleting a file does not guarantee that its contents are erased. Where that matters, also erase the free space or the device as your security policy says.</source>
        <translation>Warnung: Das unverschlüsselte Original wurde gelöscht, aber auf SSDs sowie auf Dateisystemen mit Journaling oder Copy-on-Write garantiert das Löschen einer Datei nicht, dass ihr Inhalt tatsächlich gelöscht ist. Wo das von Bedeutung ist, löschen Sie außerdem den freien Speicherplatz oder das Gerät, wie es Ihre Sicherheitsrichtlinie vorsieht.</translation>
    </message>
    <message>
        <source>not used (the workspace has no keychain key)</source>
        <translation>nicht verwendet (der Arbeitsbereich hat keinen Schlüssel im Schlüsselbund)</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>holds no key for this workspace</source>
        <translation>enthält keinen Schlüssel für diesen Arbeitsbereich</translation>
    </message>
    <message>
        <source>holds a key for it that does not unlock it</source>
        <translation>enthält einen Schlüssel für ihn, der ihn nicht entsperrt</translation>
    </message>
    <message>
        <source>holds its key</source>
        <translation>enthält seinen Schlüssel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>“%1” is not encrypted.</source>
        <translation>„%1“ ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>Verschlüsselt: %1</translation>
    </message>
    <message>
        <source>Format: Attest encryption format %1, XChaCha20-Poly1305, %2-byte pages, header generation %3</source>
        <translation>Format: Attest-Verschlüsselungsformat %1, XChaCha20-Poly1305, Seiten zu %2 Bytes, Kopf-Generation %3</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <source>Keychain key slot: %1</source>
        <translation>Schlüsselplatz für den Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Recovery passphrase slot: %1</source>
        <translation>Schlüsselplatz für die Wiederherstellungs-Passphrase: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain: %1</source>
        <translation>Schlüsselbund dieses Computers: %1</translation>
    </message>
    <message>
        <source>Keep the unencrypted original under this name (in the same folder or file system) instead of deleting it.</source>
        <translation>Das unverschlüsselte Original unter diesem Namen (im selben Ordner oder Dateisystem) behalten, statt es zu löschen.</translation>
    </message>
    <message>
        <source>--keep-plain needs a file name.</source>
        <translation>--keep-plain braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new name for the unencrypted original.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen neuen Namen für das unverschlüsselte Original.</translation>
    </message>
    <message>
        <source>“%1” is already encrypted. “attest workspace rekey” gives it a new key, “attest workspace set-passphrase” sets its recovery passphrase.</source>
        <translation>„%1“ ist bereits verschlüsselt. „attest workspace rekey“ gibt ihm einen neuen Schlüssel, „attest workspace set-passphrase“ legt seine Wiederherstellungs-Passphrase fest.</translation>
    </message>
    <message>
        <source>No keychain can be reached to keep the key of “%1” (%2). Give a recovery passphrase instead: --passphrase-file FILE.</source>
        <translation>Kein Schlüsselbund ist erreichbar, um den Schlüssel von „%1“ aufzubewahren (%2). Geben Sie stattdessen eine Wiederherstellungs-Passphrase an: --passphrase-file DATEI.</translation>
    </message>
    <message>
        <source>Cannot encrypt “%1”: %2.</source>
        <translation>„%1“ kann nicht verschlüsselt werden: %2.</translation>
    </message>
    <message>
        <source>“%1” was not changed: %2</source>
        <translation>„%1“ wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>it was opened in another running Attest.</source>
        <translation>er ist in einer anderen laufenden Attest-Instanz geöffnet.</translation>
    </message>
    <message>
        <source>it changed while it was being encrypted.</source>
        <translation>er wurde geändert, während er verschlüsselt wurde.</translation>
    </message>
    <message>
        <source>the original could not be kept as “%1” (it must be in the same file system and not exist yet).</source>
        <translation>das Original konnte nicht als „%1“ behalten werden (die Datei muss im selben Dateisystem liegen und darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>the encrypted copy could not be put in its place.</source>
        <translation>die verschlüsselte Kopie konnte nicht an seine Stelle gesetzt werden.</translation>
    </message>
    <message>
        <source>Encrypted “%1”.</source>
        <translation>„%1“ wurde verschlüsselt.</translation>
    </message>
    <message>
        <source>Its key is in this computer&apos;s keychain (entry “%1”).</source>
        <translation>Sein Schlüssel liegt im Schlüsselbund dieses Computers (Eintrag „%1“).</translation>
    </message>
    <message>
        <source>No keychain could be reached (%1): only its recovery passphrase opens it. Keep the passphrase safe; without it the workspace cannot be opened.</source>
        <translation>Kein Schlüsselbund war erreichbar (%1): nur seine Wiederherstellungs-Passphrase öffnet ihn. Bewahren Sie die Passphrase sicher auf; ohne sie lässt sich der Arbeitsbereich nicht öffnen.</translation>
    </message>
    <message>
        <source>Its recovery passphrase also opens it.</source>
        <translation>Auch seine Wiederherstellungs-Passphrase öffnet ihn.</translation>
    </message>
    <message>
        <source>The unencrypted original is kept as “%1”.</source>
        <translation>Das unverschlüsselte Original bleibt als „%1“ erhalten.</translation>
    </message>
    <message>
        <source>The decrypted (unencrypted) copy to write.</source>
        <translation>Die zu schreibende entschlüsselte (unverschlüsselte) Kopie.</translation>
    </message>
    <message>
        <source>Confirm that the copy may hold the workspace&apos;s data unencrypted (it is recorded in the audit trail).</source>
        <translation>Bestätigen, dass die Kopie die Daten des Arbeitsbereichs unverschlüsselt enthalten darf (sie wird im Prüfpfad aufgezeichnet).</translation>
    </message>
    <message>
        <source>workspace decrypt needs --out FILE.</source>
        <translation>workspace decrypt braucht --out DATEI.</translation>
    </message>
    <message>
        <source>A decrypted copy holds every record of the workspace unprotected on disk. Confirm with --yes; the copy is recorded in the workspace&apos;s audit trail.</source>
        <translation>Eine entschlüsselte Kopie enthält jeden Datensatz des Arbeitsbereichs ungeschützt auf dem Datenträger. Bestätigen Sie mit --yes; die Kopie wird im Prüfpfad des Arbeitsbereichs aufgezeichnet.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file for the decrypted copy.</source>
        <translation>„%1“ existiert bereits; wählen Sie eine neue Datei für die entschlüsselte Kopie.</translation>
    </message>
    <message>
        <source>“%1” is not encrypted; there is nothing to decrypt.</source>
        <translation>„%1“ ist nicht verschlüsselt; es gibt nichts zu entschlüsseln.</translation>
    </message>
    <message>
        <source>Wrote a decrypted copy of “%1” to “%2”; the audit trail records it.</source>
        <translation>Entschlüsselte Kopie von „%1“ nach „%2“ geschrieben; der Prüfpfad verzeichnet sie.</translation>
    </message>
    <message>
        <source>warning: “%1” is not encrypted. Keep it where only those who may read the workspace can, and delete it when it is no longer needed.</source>
        <translation>Warnung: „%1“ ist nicht verschlüsselt. Bewahren Sie die Datei so auf, dass nur lesen kann, wer den Arbeitsbereich lesen darf, und löschen Sie sie, sobald sie nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>The key of “%1” is kept in a keychain, and no keychain can be reached (%2): its entry could not be replaced. Run the command where the keychain is at hand.</source>
        <translation>Der Schlüssel von „%1“ wird in einem Schlüsselbund aufbewahrt, und kein Schlüsselbund ist erreichbar (%2): sein Eintrag konnte nicht ersetzt werden. Führen Sie den Befehl dort aus, wo der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>Give the recovery passphrase of “%1” with --passphrase-file: it is its only key.</source>
        <translation>Geben Sie die Wiederherstellungs-Passphrase von „%1“ mit --passphrase-file an; sie ist sein einziger Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” was not changed: the keychain refused the new key. %2</source>
        <translation>„%1“ wurde nicht geändert: der Schlüsselbund hat den neuen Schlüssel abgelehnt. %2</translation>
    </message>
    <message>
        <source>The data key of “%1” was replaced, but the keychain refused the new key (%2), and the previous one could not be restored either (%3). The new key stays in the keychain entry “%4”, where Attest finds it.</source>
        <translation>Der Datenschlüssel von „%1“ wurde ersetzt, aber der Schlüsselbund hat den neuen Schlüssel abgelehnt (%2), und auch der vorherige konnte nicht wiederhergestellt werden (%3). Der neue Schlüssel bleibt im Eintrag „%4“ des Schlüsselbunds, wo Attest ihn findet.</translation>
    </message>
    <message>
        <source>The data key of “%1” was replaced, but the keychain refused the new key: %2 The workspace still opens as before the command.</source>
        <translation>Der Datenschlüssel von „%1“ wurde ersetzt, aber der Schlüsselbund hat den neuen Schlüssel abgelehnt: %2 Der Arbeitsbereich lässt sich weiterhin wie vor dem Befehl öffnen.</translation>
    </message>
    <message>
        <source>Replaced the data key of “%1”: every page is encrypted again, and the previous key no longer opens it.</source>
        <translation>Datenschlüssel von „%1“ ersetzt: jede Seite ist neu verschlüsselt, und der vorherige Schlüssel öffnet ihn nicht mehr.</translation>
    </message>
    <message>
        <source>The new key is in this computer&apos;s keychain. Copies made before (Save As, backups) keep the previous key: they open only with their recovery passphrase from now on.</source>
        <translation>Der neue Schlüssel liegt im Schlüsselbund dieses Computers. Zuvor erstellte Kopien (Speichern unter, Sicherungen) behalten den vorherigen Schlüssel: sie lassen sich ab jetzt nur noch mit ihrer Wiederherstellungs-Passphrase öffnen.</translation>
    </message>
    <message>
        <source>The recovery passphrase given still opens it.</source>
        <translation>Die angegebene Wiederherstellungs-Passphrase öffnet ihn weiterhin.</translation>
    </message>
    <message>
        <source>Its recovery passphrase went with the previous key: set one again with “attest workspace set-passphrase --passphrase-file FILE”.</source>
        <translation>Seine Wiederherstellungs-Passphrase ist mit dem vorherigen Schlüssel entfallen: legen Sie mit „attest workspace set-passphrase --passphrase-file DATEI“ erneut eine fest.</translation>
    </message>
    <message>
        <source>The current recovery passphrase, when this computer&apos;s keychain does not hold the key (default: the file %1 names). --passphrase-file names the new one.</source>
        <translation>Die aktuelle Wiederherstellungs-Passphrase, wenn der Schlüsselbund dieses Computers den Schlüssel nicht enthält (Standard: die Datei, die %1 nennt). --passphrase-file nennt die neue.</translation>
    </message>
    <message>
        <source>Remove the recovery passphrase (refused when nothing else would open the workspace).</source>
        <translation>Die Wiederherstellungs-Passphrase entfernen (wird abgelehnt, wenn sonst nichts den Arbeitsbereich öffnen würde).</translation>
    </message>
    <message>
        <source>workspace set-passphrase needs either the new passphrase (--passphrase-file FILE) or --remove.</source>
        <translation>workspace set-passphrase braucht entweder die neue Passphrase (--passphrase-file DATEI) oder --remove.</translation>
    </message>
    <message>
        <source>“%1” has no recovery passphrase; nothing was changed.</source>
        <translation>„%1“ hat keine Wiederherstellungs-Passphrase; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The recovery passphrase is the only key of “%1”: without it nothing could open the workspace.</source>
        <translation>Die Wiederherstellungs-Passphrase ist der einzige Schlüssel von „%1“: ohne sie könnte nichts den Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Removing the recovery passphrase of “%1” would leave only its keychain key, and %2.</source>
        <translation>Das Entfernen der Wiederherstellungs-Passphrase von „%1“ ließe nur seinen Schlüssel im Schlüsselbund übrig, und %2.</translation>
    </message>
    <message>
        <source>Removed the recovery passphrase of “%1”: only its keychain key opens it now.</source>
        <translation>Wiederherstellungs-Passphrase von „%1“ entfernt: nur noch sein Schlüssel im Schlüsselbund öffnet ihn.</translation>
    </message>
    <message>
        <source>Set the recovery passphrase of “%1”.</source>
        <translation>Wiederherstellungs-Passphrase von „%1“ festgelegt.</translation>
    </message>
</context>
<context>
    <name>ComplianceEngine</name>
    <message>
        <source>Coverage = (compliant + ½ × partially compliant) ÷ assessed, where assessed = compliant + partially compliant + non-compliant. Requirements not assessed or not applicable are counted beside it, not in it.</source>
        <translation>Abdeckung = (konform + ½ × teilweise konform) ÷ bewertet, wobei bewertet = konform + teilweise konform + nicht konform. Nicht bewertete oder nicht anwendbare Anforderungen werden daneben gezählt, nicht darin.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 compliant, %2 partially, %3 non-compliant of %4 assessed; %5 not assessed, %6 not applicable</source>
        <translation>%1 konform, %2 teilweise, %3 nicht konform von %4 bewerteten; %5 nicht bewertet, %6 nicht anwendbar</translation>
    </message>
    <message>
        <source>Organisation level: every framework is assessed.</source>
        <translation>Organisationsebene: jedes Rahmenwerk wird bewertet.</translation>
    </message>
    <message>
        <source>It processes special categories of personal data.</source>
        <translation>Es verarbeitet besondere Kategorien personenbezogener Daten.</translation>
    </message>
    <message>
        <source>It processes personal data.</source>
        <translation>Es verarbeitet personenbezogene Daten.</translation>
    </message>
    <message>
        <source>No personal data is recorded for it.</source>
        <translation>Für es sind keine personenbezogenen Daten erfasst.</translation>
    </message>
    <message>
        <source>It processes protected health information.</source>
        <translation>Es verarbeitet geschützte Gesundheitsinformationen.</translation>
    </message>
    <message>
        <source>No protected health information is recorded for it.</source>
        <translation>Für es sind keine geschützten Gesundheitsinformationen erfasst.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 applies organisation-wide.</source>
        <translation>ISO/IEC 27001 gilt organisationsweit.</translation>
    </message>
    <message>
        <source>The AI management system (ISO/IEC 42001) covers every AI system.</source>
        <translation>Das KI-Managementsystem (ISO/IEC 42001) umfasst jedes KI-System.</translation>
    </message>
    <message>
        <source>High-risk AI system: the high-risk obligations apply.</source>
        <translation>Hochrisiko-KI-System: die Pflichten für Hochrisiko-Systeme gelten.</translation>
    </message>
    <message>
        <source>Classified as a prohibited practice (Art. 5).</source>
        <translation>Als verbotene Praktik eingestuft (Art. 5).</translation>
    </message>
    <message>
        <source>Transparency obligations (Art. 50) and AI literacy apply.</source>
        <translation>Transparenzpflichten (Art. 50) und KI-Kompetenz gelten.</translation>
    </message>
    <message>
        <source>Minimal risk: AI literacy (Art. 4) applies.</source>
        <translation>Minimales Risiko: KI-Kompetenz (Art. 4) gilt.</translation>
    </message>
    <message>
        <source>Not yet classified: assessed as high-risk until it is.</source>
        <translation>Noch nicht eingestuft: bis dahin als Hochrisiko bewertet.</translation>
    </message>
    <message>
        <source>Not proposed from the system&apos;s facts; confirm it where it applies.</source>
        <translation>Aus den Angaben zum System nicht vorgeschlagen; dort bestätigen, wo es gilt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the evidence for %1 has expired</source>
        <translation>der Nachweis für %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>the last test of %1 failed</source>
        <translation>der letzte Test von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the evidence attached to the requirement has expired</source>
        <translation>der Nachweis zur Anforderung ist abgelaufen</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>assessed by hand: %1</source>
        <translation>manuell bewertet: %1</translation>
    </message>
    <message>
        <source>assessed by hand for the whole organisation: %1</source>
        <translation>für die ganze Organisation manuell bewertet: %1</translation>
    </message>
    <message>
        <source>excluded in the Statement of Applicability: %1</source>
        <translation>in der Erklärung zur Anwendbarkeit ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>no control in the library is mapped to it yet.</source>
        <translation>noch keine Maßnahme der Bibliothek ist ihr zugeordnet.</translation>
    </message>
    <message>
        <source>all %1 mapped controls are not applicable: %2.</source>
        <translation>alle %1 zugeordneten Maßnahmen sind nicht anwendbar: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 mapped controls implemented.</source>
        <translation>%1 von %2 zugeordneten Maßnahmen umgesetzt.</translation>
    </message>
    <message>
        <source>%1 of %2 mapped controls implemented: %3.</source>
        <translation>%1 von %2 zugeordneten Maßnahmen umgesetzt: %3.</translation>
    </message>
    <message>
        <source>Partially implemented: %1.</source>
        <translation>Teilweise umgesetzt: %1.</translation>
    </message>
    <message>
        <source>Not implemented: %1.</source>
        <translation>Nicht umgesetzt: %1.</translation>
    </message>
    <message>
        <source>Not applicable: %1.</source>
        <translation>Nicht anwendbar: %1.</translation>
    </message>
    <message>
        <source>Downgraded: %1.</source>
        <translation>Herabgestuft: %1.</translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>The compliance records could not be read.</source>
        <translation>Die Compliance-Daten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The evidence file could not be read.</source>
        <translation>Die Nachweisdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The evidence file could not be stored.</source>
        <translation>Die Nachweisdatei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The workspace could not be updated.</source>
        <translation>Der Arbeitsbereich konnte nicht aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>ComplianceService</name>
    <message>
        <source>%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: „%2“ ist kein Datum; im Format YYYY-MM-DD angeben.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>A control needs a code, e.g. AIC-DAT-03.</source>
        <translation>Eine Maßnahme braucht einen Code, z. B. AIC-DAT-03.</translation>
    </message>
    <message>
        <source>The control %1 needs a name.</source>
        <translation>Die Maßnahme %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>Control type</source>
        <translation>Maßnahmenart</translation>
    </message>
    <message>
        <source>There is already a control %1 (%2); choose another code.</source>
        <translation>Es gibt bereits eine Maßnahme %1 (%2); einen anderen Code wählen.</translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>Maßnahme %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is already a control %1; choose another code.</source>
        <translation>Es gibt bereits eine Maßnahme %1; einen anderen Code wählen.</translation>
    </message>
    <message>
        <source>Edit control %1</source>
        <translation>Maßnahme %1 bearbeiten</translation>
    </message>
    <message>
        <source>The control no longer exists.</source>
        <translation>Die Maßnahme existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Remove control %1</source>
        <translation>Maßnahme %1 entfernen</translation>
    </message>
    <message>
        <source>%1 is named by %2 finding(s), which keep their history; it cannot be removed. Mark its implementations not applicable instead.</source>
        <translation>%1 wird von %2 Feststellung(en) genannt, deren Verlauf erhalten bleibt; sie kann nicht entfernt werden. Stattdessen ihre Umsetzungen als nicht anwendbar kennzeichnen.</translation>
    </message>
    <message>
        <source>Map a control to a requirement</source>
        <translation>Eine Maßnahme einer Anforderung zuordnen</translation>
    </message>
    <message>
        <source>The control library could not be read.</source>
        <translation>Die Maßnahmenbibliothek konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The control or the requirement no longer exists.</source>
        <translation>Die Maßnahme oder die Anforderung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is already mapped to %2.</source>
        <translation>%1 ist %2 bereits zugeordnet.</translation>
    </message>
    <message>
        <source>Remove a control mapping</source>
        <translation>Eine Maßnahmenzuordnung entfernen</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Umsetzungsstand</translation>
    </message>
    <message>
        <source>Say why the control does not apply: “not applicable” needs a justification.</source>
        <translation>Begründen, warum die Maßnahme nicht anwendbar ist: „nicht anwendbar“ braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Last test result</source>
        <translation>Ergebnis des letzten Tests</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Last test date</source>
        <translation>Datum des letzten Tests</translation>
    </message>
    <message>
        <source>Set implementation of %1 for a system</source>
        <translation>Umsetzung von %1 für ein System festlegen</translation>
    </message>
    <message>
        <source>Set organisation-wide implementation of %1</source>
        <translation>Organisationsweite Umsetzung von %1 festlegen</translation>
    </message>
    <message>
        <source>Use the organisation-wide implementation</source>
        <translation>Die organisationsweite Umsetzung verwenden</translation>
    </message>
    <message>
        <source>Say why the framework applies or not: a reason is needed.</source>
        <translation>Begründen, ob und warum das Rahmenwerk gilt: ein Grund ist nötig.</translation>
    </message>
    <message>
        <source>Confirm a framework applies to a system</source>
        <translation>Bestätigen, dass ein Rahmenwerk für ein System gilt</translation>
    </message>
    <message>
        <source>Confirm a framework does not apply to a system</source>
        <translation>Bestätigen, dass ein Rahmenwerk für ein System nicht gilt</translation>
    </message>
    <message>
        <source>Requirement status</source>
        <translation>Anforderungsstatus</translation>
    </message>
    <message>
        <source>An assessment by hand overrides what the controls say: write down why (a justification is required).</source>
        <translation>Eine manuelle Bewertung übersteuert, was die Maßnahmen ergeben: den Grund aufschreiben (eine Begründung ist erforderlich).</translation>
    </message>
    <message>
        <source>Assess a requirement by hand</source>
        <translation>Eine Anforderung manuell bewerten</translation>
    </message>
    <message>
        <source>Return a requirement to its derived status</source>
        <translation>Eine Anforderung auf den hergeleiteten Status zurücksetzen</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; evidence files can be up to %3 MB. Store a larger file elsewhere and add it as a link.</source>
        <translation>„%1“ ist %2 MB groß; Nachweisdateien dürfen bis %3 MB groß sein. Eine größere Datei anderswo ablegen und als Link hinzufügen.</translation>
    </message>
    <message>
        <source>Evidence needs a title.</source>
        <translation>Ein Nachweis braucht einen Titel.</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Erhoben am</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Add evidence %1</source>
        <translation>Nachweis %1 hinzufügen</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Nachweisart</translation>
    </message>
    <message>
        <source>A link needs its address.</source>
        <translation>Ein Link braucht seine Adresse.</translation>
    </message>
    <message>
        <source>Edit evidence %1</source>
        <translation>Nachweis %1 bearbeiten</translation>
    </message>
    <message>
        <source>The evidence no longer exists.</source>
        <translation>Der Nachweis existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Evidence supports either a control or a requirement.</source>
        <translation>Ein Nachweis belegt entweder eine Maßnahme oder eine Anforderung.</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Nachweis verknüpfen</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Nachweisverknüpfung lösen</translation>
    </message>
    <message>
        <source>This evidence has no stored file.</source>
        <translation>Zu diesem Nachweis ist keine Datei gespeichert.</translation>
    </message>
    <message>
        <source>The file of “%1” is missing from the workspace: it was removed outside Attest.</source>
        <translation>Die Datei von „%1“ fehlt im Arbeitsbereich: sie wurde außerhalb von Attest entfernt.</translation>
    </message>
    <message>
        <source>The file of “%1” does not match its recorded SHA-256 (recorded %2, found %3): it was changed outside Attest and cannot be trusted as evidence.</source>
        <translation>Die Datei von „%1“ passt nicht zu ihrem gespeicherten SHA-256 (gespeichert %2, gefunden %3): sie wurde außerhalb von Attest verändert und taugt nicht mehr als Nachweis.</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Eine Feststellung braucht einen Titel.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding status</source>
        <translation>Status der Feststellung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>A finding from a requirement names the requirement.</source>
        <translation>Eine Feststellung aus einer Anforderung nennt die Anforderung.</translation>
    </message>
    <message>
        <source>A finding from a control test names the control.</source>
        <translation>Eine Feststellung aus einem Maßnahmentest nennt die Maßnahme.</translation>
    </message>
    <message>
        <source>Raise finding %1</source>
        <translation>Feststellung %1 erfassen</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Closing a finding needs closure evidence or a note saying how it was resolved.</source>
        <translation>Zum Schließen einer Feststellung braucht es einen Abschlussnachweis oder eine Notiz, wie sie gelöst wurde.</translation>
    </message>
    <message>
        <source>Update finding %1</source>
        <translation>Feststellung %1 aktualisieren</translation>
    </message>
    <message>
        <source>An Annex A control can only be excluded with a justification: say why it does not apply.</source>
        <translation>Eine Maßnahme aus Anhang A kann nur mit Begründung ausgeschlossen werden: angeben, warum sie nicht anwendbar ist.</translation>
    </message>
    <message>
        <source>The Statement of Applicability lists ISO/IEC 27001 Annex A controls only.</source>
        <translation>Die Erklärung zur Anwendbarkeit enthält nur Maßnahmen aus Anhang A der ISO/IEC 27001.</translation>
    </message>
    <message>
        <source>Statement of Applicability: %1</source>
        <translation>Erklärung zur Anwendbarkeit: %1</translation>
    </message>
</context>
<context>
    <name>ComplianceText</name>
    <message>
        <source>Preventive</source>
        <translation>Vorbeugend</translation>
    </message>
    <message>
        <source>Detective</source>
        <translation>Erkennend</translation>
    </message>
    <message>
        <source>Corrective</source>
        <translation>Korrigierend</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Teilweise umgesetzt</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>Teilweise konform</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <source>Non-compliant requirement</source>
        <translation>Nicht konforme Anforderung</translation>
    </message>
    <message>
        <source>Failed control test</source>
        <translation>Fehlgeschlagener Maßnahmentest</translation>
    </message>
    <message>
        <source>Raised by hand</source>
        <translation>Manuell erfasst</translation>
    </message>
</context>
<context>
    <name>ControlLibrary</name>
    <message>
        <source>Cannot read the control library file “%1”.</source>
        <translation>Die Datei der Maßnahmenbibliothek „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The control library file “%1” is damaged.</source>
        <translation>Die Datei der Maßnahmenbibliothek „%1“ ist beschädigt.</translation>
    </message>
    <message>
        <source>The control library file “%1” has no column “%2”.</source>
        <translation>Die Datei der Maßnahmenbibliothek „%1“ hat keine Spalte „%2“.</translation>
    </message>
    <message>
        <source>Load the AI security control library (release %1)</source>
        <translation>Die Bibliothek der KI-Sicherheitsmaßnahmen laden (Version %1)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text (first invalid byte on line %1). Save it as “CSV UTF-8” and try again.</source>
        <translation>Die Datei ist kein UTF-8-Text (erstes ungültiges Byte in Zeile %1). Als „CSV UTF-8“ speichern und erneut versuchen.</translation>
    </message>
    <message>
        <source>Line %1: a quote character stands inside a field that does not start with one. Enclose the whole field in double quotes and double the quotes inside it.</source>
        <translation>Zeile %1: Ein Anführungszeichen steht in einem Feld, das nicht mit einem Anführungszeichen beginnt. Das ganze Feld in doppelte Anführungszeichen setzen und die Anführungszeichen darin verdoppeln.</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field; a separator or the end of the line was expected.</source>
        <translation>Zeile %1: Auf das schließende Anführungszeichen eines Felds folgt Text; erwartet wurde ein Trennzeichen oder das Zeilenende.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (the file ends inside it).</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen (die Datei endet darin).</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Create AI system %1</source>
        <translation>KI-System %1 anlegen</translation>
    </message>
    <message>
        <source>Classify %1 under the EU AI Act</source>
        <translation>%1 nach der EU-KI-Verordnung einstufen</translation>
    </message>
    <message>
        <source>Move %1 to validation</source>
        <translation>%1 in die Validierung überführen</translation>
    </message>
    <message>
        <source>Move %1 to production</source>
        <translation>%1 in den Produktivbetrieb überführen</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 stilllegen</translation>
    </message>
    <message>
        <source>Add generated demo systems %1 to %2</source>
        <translation>Generierte Demo-Systeme %1 bis %2 hinzufügen</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 generated AI systems were added to the demo workspace.</source>
        <translation>Abgebrochen: %1 von %2 generierten KI-Systemen wurden dem Demo-Arbeitsbereich hinzugefügt.</translation>
    </message>
    <message>
        <source>Classify MFG-PDM-01, SC-DEMAND-01 and FIN-OCR-01 under the EU AI Act</source>
        <translation>MFG-PDM-01, SC-DEMAND-01 und FIN-OCR-01 nach der EU-KI-Verordnung einstufen</translation>
    </message>
    <message>
        <source>Change technical owner of %1</source>
        <translation>Technisch verantwortliche Person von %1 ändern</translation>
    </message>
    <message>
        <source>Add drift monitoring to %1</source>
        <translation>Drift-Überwachung für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Record the DPIA outcome for %1</source>
        <translation>DSFA-Ergebnis für %1 erfassen</translation>
    </message>
    <message>
        <source>Classify %1 as general-purpose AI</source>
        <translation>%1 als KI-Modell mit allgemeinem Verwendungszweck einstufen</translation>
    </message>
    <message>
        <source>Add drift and input monitoring to %1</source>
        <translation>Drift- und Eingabeüberwachung für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add change log entry to AI system %1</source>
        <translation>Eintrag zum Änderungsprotokoll von KI-System %1 hinzufügen</translation>
    </message>
    <message>
        <source>Postpone the review of %1</source>
        <translation>Überprüfung von %1 verschieben</translation>
    </message>
    <message>
        <source>Change business owner of %1</source>
        <translation>Fachlich verantwortliche Person von %1 ändern</translation>
    </message>
    <message>
        <source>Add monitoring to %1</source>
        <translation>Überwachung für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add input monitoring to %1</source>
        <translation>Eingabeüberwachung für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Update monitoring and next review of %1</source>
        <translation>Überwachung und nächste Überprüfung von %1 aktualisieren</translation>
    </message>
    <message>
        <source>“%1” already exists; Attest never overwrites a workspace. Choose another file name.</source>
        <translation>„%1“ existiert bereits; Attest überschreibt nie einen Arbeitsbereich. Einen anderen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>“%1” already exists; Attest never overwrites a workspace.</source>
        <translation>„%1“ existiert bereits; Attest überschreibt nie einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The demo workspace could not be saved as “%1”.</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht als „%1“ gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>DetachedSignature</name>
    <message>
        <source>Attest detached signature. Check it with: attest verify %1</source>
        <translation>Abgetrennte Attest-Signatur. Prüfen mit: attest verify %1</translation>
    </message>
    <message>
        <source>This is not a valid Attest signature file: %1.</source>
        <translation>Dies ist keine gültige Attest-Signaturdatei: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a field of this format</source>
        <translation>„%1“ ist kein Feld dieses Formats</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>the algorithm “%1” is not one Attest knows (it uses %2)</source>
        <translation>der Algorithmus „%1“ ist Attest nicht bekannt (Attest verwendet %2)</translation>
    </message>
    <message>
        <source>“Key-Fingerprint” is not 16 groups of 4 lowercase hexadecimal digits</source>
        <translation>„Key-Fingerprint“ besteht nicht aus 16 Gruppen zu je 4 Hexadezimalziffern in Kleinschreibung</translation>
    </message>
    <message>
        <source>“File” is not a file name</source>
        <translation>„File“ ist kein Dateiname</translation>
    </message>
    <message>
        <source>“File-Size” is not a number of bytes</source>
        <translation>„File-Size“ ist keine Anzahl von Bytes</translation>
    </message>
    <message>
        <source>“File-SHA512” is not 128 lowercase hexadecimal digits</source>
        <translation>„File-SHA512“ besteht nicht aus 128 Hexadezimalziffern in Kleinschreibung</translation>
    </message>
    <message>
        <source>“Signed-At” is not a UTC time such as 2026-11-28T09:00:00Z</source>
        <translation>„Signed-At“ ist keine UTC-Zeit wie 2026-11-28T09:00:00Z</translation>
    </message>
    <message>
        <source>“Signature” is not 64 bytes in base64</source>
        <translation>„Signature“ ist kein Base64-Wert mit 64 Bytes</translation>
    </message>
    <message>
        <source>The signature names the key %1, not the trusted key %2: it was made with another key, or the signature file was changed.</source>
        <translation>Die Signatur nennt den Schlüssel %1, nicht den vertrauenswürdigen Schlüssel %2: sie wurde mit einem anderen Schlüssel erstellt, oder die Signaturdatei wurde geändert.</translation>
    </message>
    <message>
        <source>The signature does not match the trusted key %1: the signature file was changed after signing, or it was not made with this key.</source>
        <translation>Die Signatur passt nicht zum vertrauenswürdigen Schlüssel %1: die Signaturdatei wurde nach dem Signieren geändert, oder sie wurde nicht mit diesem Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>The file was changed after signing: it is %1 bytes long, and %2 bytes were signed.</source>
        <translation>Die Datei wurde nach dem Signieren geändert: sie ist %1 Bytes lang, signiert wurden %2 Bytes.</translation>
    </message>
    <message>
        <source>The file was changed after signing: its content differs from what was signed (SHA-512 digest).</source>
        <translation>Die Datei wurde nach dem Signieren geändert: ihr Inhalt weicht vom signierten Inhalt ab (SHA-512-Hashwert).</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>“%1” is damaged or has been tampered with: %2. Restore it from a backup; the file has not been changed.</source>
        <translation>„%1“ ist beschädigt oder wurde manipuliert: %2. Stellen Sie die Datei aus einer Sicherung wieder her; sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>“%1” is not a file; only files can be stored as evidence.</source>
        <translation>„%1“ ist keine Datei; nur Dateien können als Nachweis gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; evidence files can be up to %3 MB. Store a larger file elsewhere and add it as a link.</source>
        <translation>„%1“ ist %2 MB groß; Nachweisdateien dürfen bis %3 MB groß sein. Eine größere Datei anderswo ablegen und als Link hinzufügen.</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is stored in the workspace as evidence.</source>
        <translation>%1 ist als Nachweis im Arbeitsbereich gespeichert.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>No private folder could be made for opening evidence (%1).</source>
        <translation>Es konnte kein privater Ordner zum Öffnen von Nachweisen angelegt werden (%1).</translation>
    </message>
    <message>
        <source>“%1” could not be written for viewing.</source>
        <translation>„%1“ konnte nicht zum Anzeigen geschrieben werden.</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <translation>Keine Anwendung konnte „%1“ öffnen.</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>AI systems</source>
        <translation>KI-Systeme</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit</translation>
    </message>
</context>
<context>
    <name>HistoryReplay</name>
    <message>
        <source>The workspace&apos;s history could not be read.</source>
        <translation>Der Verlauf des Arbeitsbereichs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This is an earlier state of the workspace, rebuilt from its audit trail.</source>
        <translation>Dies ist ein früherer Stand des Arbeitsbereichs, aus seinem Prüfpfad wiederhergestellt.</translation>
    </message>
    <message>
        <source>The audit trail names a field that Attest does not know.</source>
        <translation>Der Prüfpfad nennt ein Feld, das Attest nicht kennt.</translation>
    </message>
    <message>
        <source>The audit trail records a kind of record that Attest does not know.</source>
        <translation>Der Prüfpfad verzeichnet eine Art von Datensatz, die Attest nicht kennt.</translation>
    </message>
    <message>
        <source>An event of the audit trail could not be read.</source>
        <translation>Ein Ereignis des Prüfpfads konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>The interviews could not be read.</source>
        <translation>Die Interviews konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The interview could not be read.</source>
        <translation>Das Interview konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Where the interview stands could not be saved.</source>
        <translation>Der Stand des Interviews konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Die Notiz konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>InterviewService</name>
    <message>
        <source>An interview needs a title.</source>
        <translation>Ein Interview braucht einen Titel.</translation>
    </message>
    <message>
        <source>Date: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>Datum: „%1“ ist kein Datum; im Format YYYY-MM-DD angeben.</translation>
    </message>
    <message>
        <source>An interview covers at least one AI system.</source>
        <translation>Ein Interview umfasst mindestens ein KI-System.</translation>
    </message>
    <message>
        <source>Every interviewee needs a name.</source>
        <translation>Jede befragte Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>An interview needs questions: choose a framework scope or the requirements to ask about.</source>
        <translation>Ein Interview braucht Fragen: einen Rahmenwerk-Umfang oder die zu erfragenden Anforderungen wählen.</translation>
    </message>
    <message>
        <source>Plan interview %1</source>
        <translation>Interview %1 planen</translation>
    </message>
    <message>
        <source>The interview no longer exists.</source>
        <translation>Das Interview existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The interview “%1” is completed and cannot be changed; record corrections as new assessments.</source>
        <translation>Das Interview „%1“ ist abgeschlossen und kann nicht mehr geändert werden; Korrekturen als neue Bewertungen erfassen.</translation>
    </message>
    <message>
        <source>Start interview %1</source>
        <translation>Interview %1 beginnen</translation>
    </message>
    <message>
        <source>“%1” is not an answer status.</source>
        <translation>„%1“ ist kein Antwortstatus.</translation>
    </message>
    <message>
        <source>The requirement is not one of this interview&apos;s questions.</source>
        <translation>Die Anforderung gehört nicht zu den Fragen dieses Interviews.</translation>
    </message>
    <message>
        <source>Answer in interview %1</source>
        <translation>Antwort im Interview %1</translation>
    </message>
    <message>
        <source>Completing an interview records who acknowledged it and when: give a name and a date (YYYY-MM-DD).</source>
        <translation>Beim Abschluss eines Interviews wird festgehalten, wer es wann bestätigt hat: einen Namen und ein Datum (YYYY-MM-DD) angeben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Complete interview %1</source>
        <translation>Interview %1 abschließen</translation>
    </message>
    <message>
        <source>A requirement is missing.</source>
        <translation>Eine Anforderung fehlt.</translation>
    </message>
    <message>
        <source>Interview “%1” on %2 with %3: %4</source>
        <translation>Interview „%1“ am %2 mit %3: %4</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>keine Notizen</translation>
    </message>
    <message>
        <source>%1 %2 not met (interview)</source>
        <translation>%1 %2 nicht erfüllt (Interview)</translation>
    </message>
</context>
<context>
    <name>InterviewText</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Create AI system %1</source>
        <translation>KI-System %1 anlegen</translation>
    </message>
    <message>
        <source>%1 no longer exists; there is nothing to undo.</source>
        <translation>%1 existiert nicht mehr; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was changed since (%2); the step was not applied.</source>
        <translation>%1 wurde inzwischen geändert (%2); der Schritt wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Delete AI system %1</source>
        <translation>KI-System %1 löschen</translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation>Die Änderung konnte nicht vorgenommen werden.</translation>
    </message>
    <message>
        <source>%1 has changed since it was created, so undoing its creation would delete that work. Retire or delete it instead.</source>
        <translation>%1 wurde seit dem Anlegen geändert; das Anlegen rückgängig zu machen, würde diese Arbeit löschen. Stattdessen stilllegen oder löschen.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Unexpected migration file name “%1”.</source>
        <translation>Unerwarteter Name einer Migrationsdatei: „%1“.</translation>
    </message>
    <message>
        <source>Cannot read migration “%1”.</source>
        <translation>Migration „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Migration “%1” is out of sequence: expected version %2.</source>
        <translation>Migration „%1“ ist außer der Reihe: erwartet wurde Version %2.</translation>
    </message>
    <message>
        <source>No schema migrations found in “%1”.</source>
        <translation>Keine Schemamigrationen in „%1“ gefunden.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded; it has not been changed.</source>
        <translation>Der Arbeitsbereich konnte nicht aktualisiert werden; er wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>OscalAssessmentExport</name>
    <message>
        <source>There is no AI system with id %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein KI-System mit der ID %1.</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlich verantwortlich</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technisch verantwortlich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Residual: %1</source>
        <translation>Restrisiko: %1</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Risikoverantwortlich</translation>
    </message>
    <message>
        <source>No framework with requirements to assess applies to %1, so there are no assessment results to export. Confirm which frameworks apply on the system&apos;s compliance page first.</source>
        <translation>Für %1 gilt kein Rahmenwerk mit zu bewertenden Anforderungen, daher gibt es keine Bewertungsergebnisse zu exportieren. Bestätigen Sie zuerst auf der Compliance-Seite des Systems, welche Rahmenwerke gelten.</translation>
    </message>
    <message>
        <source>Compliance of %1</source>
        <translation>Compliance von %1</translation>
    </message>
    <message>
        <source>The status of every requirement that applies to %1 under each framework that applies to it, derived by Attest from the implementation, evidence and tests of the mapped controls, or assessed by hand with a justification; and the system&apos;s risks from the risk register.</source>
        <translation>Der Status jeder Anforderung, die für %1 nach einem der für das System geltenden Rahmenwerke gilt – von Attest aus Umsetzung, Nachweisen und Tests der zugeordneten Maßnahmen abgeleitet oder manuell mit Begründung bewertet –, sowie die Risiken des Systems aus dem Risikoregister.</translation>
    </message>
    <message>
        <source>Assessment plan of %1</source>
        <translation>Bewertungsplan von %1</translation>
    </message>
    <message>
        <source>Attest keeps no separate assessment plan: the requirements of every framework that applies to the system are assessed continuously from the control library, and each change is recorded in the workspace&apos;s audit trail.</source>
        <translation>Attest führt keinen separaten Bewertungsplan: die Anforderungen jedes für das System geltenden Rahmenwerks werden fortlaufend anhand der Maßnahmenbibliothek bewertet, und jede Änderung wird im Prüfpfad des Arbeitsbereichs aufgezeichnet.</translation>
    </message>
    <message>
        <source>Raised from requirement %1 %2 %3.</source>
        <translation>Aus Anforderung %1 %2 %3 erfasst.</translation>
    </message>
    <message>
        <source>Raised from a failed test of control %1.</source>
        <translation>Aus einem fehlgeschlagenen Test der Maßnahme %1 erfasst.</translation>
    </message>
    <message>
        <source>Recorded by hand.</source>
        <translation>Manuell erfasst.</translation>
    </message>
    <message>
        <source>Severity: %1. %2</source>
        <translation>Schweregrad: %1. %2</translation>
    </message>
    <message>
        <source>Finding resolved</source>
        <translation>Feststellung behoben</translation>
    </message>
    <message>
        <source>Remediation owner</source>
        <translation>Verantwortlich für die Behebung</translation>
    </message>
    <message>
        <source>Resolve the finding</source>
        <translation>Feststellung beheben</translation>
    </message>
    <message>
        <source>Resolve “%1” and close the finding with evidence or a note.</source>
        <translation>„%1“ beheben und die Feststellung mit einem Nachweis oder einer Notiz schließen.</translation>
    </message>
    <message>
        <source>Resolve “%1” by %2 and close the finding with evidence or a note.</source>
        <translation>„%1“ bis %2 beheben und die Feststellung mit einem Nachweis oder einer Notiz schließen.</translation>
    </message>
    <message>
        <source>%1 has no open findings, so there is no plan of action and milestones to export.</source>
        <translation>%1 hat keine offenen Feststellungen, daher gibt es keinen Maßnahmen- und Meilensteinplan zu exportieren.</translation>
    </message>
    <message>
        <source>Assessment results of %1</source>
        <translation>Bewertungsergebnisse von %1</translation>
    </message>
    <message>
        <source>Plan of action and milestones of %1</source>
        <translation>Maßnahmen- und Meilensteinplan von %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>OscalCatalogExport</name>
    <message>
        <source>There is no framework “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Rahmenwerk „%1“.</translation>
    </message>
    <message>
        <source>The framework “%1” has no requirements to export.</source>
        <translation>Das Rahmenwerk „%1“ hat keine Anforderungen zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>OscalImport</name>
    <message>
        <source>The catalog is nested more than %1 levels deep at %2; that is not a catalog Attest can read.</source>
        <translation>Der Katalog ist bei %2 mehr als %1 Ebenen tief verschachtelt; einen solchen Katalog kann Attest nicht lesen.</translation>
    </message>
    <message>
        <source>A parameter without an id at %1.</source>
        <translation>Ein Parameter ohne id bei %1.</translation>
    </message>
    <message>
        <source>The parameter id “%1” is used twice (again at %2).</source>
        <translation>Die Parameter-id „%1“ wird doppelt verwendet (erneut bei %2).</translation>
    </message>
    <message>
        <source>“%1” at %2 should be a list.</source>
        <translation>„%1“ bei %2 müsste eine Liste sein.</translation>
    </message>
    <message>
        <source>Entry %1 is not an object.</source>
        <translation>Eintrag %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>A control without an id at %1.</source>
        <translation>Eine Maßnahme ohne id bei %1.</translation>
    </message>
    <message>
        <source>The id “%1” is used twice (again at %2); ids must be unique.</source>
        <translation>Die id „%1“ wird doppelt verwendet (erneut bei %2); ids müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>The parameter choice “how-many: %1” is not an OSCAL value; it was read as “one or more”.</source>
        <translation>Die Parameterauswahl „how-many: %1“ ist kein OSCAL-Wert; sie wurde als „eine oder mehrere“ gelesen.</translation>
    </message>
    <message>
        <source>[Selection (one or more): %1]</source>
        <translation>[Auswahl (eine oder mehrere): %1]</translation>
    </message>
    <message>
        <source>[Selection: %1]</source>
        <translation>[Auswahl: %1]</translation>
    </message>
    <message>
        <source>[Assignment: %1]</source>
        <translation>[Festlegung: %1]</translation>
    </message>
    <message>
        <source>Imported the profile “%1” as a tailored framework (%2), selecting from %4 (requirements selected: %3).</source>
        <translation>Profil „%1“ als zugeschnittenes Rahmenwerk (%2) importiert, Auswahl aus %4 (ausgewählte Anforderungen: %3).</translation>
    </message>
    <message>
        <source>Imported the catalog “%1” as %2 (controls: %3, enhancements: %4, withdrawn: %5, groups: %6, parameters: %7).</source>
        <translation>Katalog „%1“ als %2 importiert (Maßnahmen: %3, Erweiterungen: %4, zurückgezogen: %5, Gruppen: %6, Parameter: %7).</translation>
    </message>
    <message>
        <source>It replaced an earlier import in place (%1 added, %2 changed, %3 withdrawn).</source>
        <translation>Er hat einen früheren Import an Ort und Stelle ersetzt (%1 hinzugefügt, %2 geändert, %3 zurückgezogen).</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Attest imports OSCAL files of up to %3 MB.</source>
        <translation>„%1“ ist %2 MB groß; Attest importiert OSCAL-Dateien bis %3 MB.</translation>
    </message>
    <message>
        <source>“%1” is empty; it is not an OSCAL document.</source>
        <translation>„%1“ ist leer; es ist kein OSCAL-Dokument.</translation>
    </message>
    <message>
        <source>“%1” is nested too deeply to be an OSCAL document (line %2).</source>
        <translation>„%1“ ist zu tief verschachtelt, um ein OSCAL-Dokument zu sein (Zeile %2).</translation>
    </message>
    <message>
        <source>“%1” is JSON, but not an OSCAL document.</source>
        <translation>„%1“ ist JSON, aber kein OSCAL-Dokument.</translation>
    </message>
    <message>
        <source>“%1” is an OSCAL %2, not a catalog or profile; Attest imports catalogs and profiles.</source>
        <translation>„%1“ ist ein OSCAL-Dokument vom Typ %2, kein Katalog und kein Profil; Attest importiert Kataloge und Profile.</translation>
    </message>
    <message>
        <source>“%1” is not an OSCAL catalog or profile (no “catalog” or “profile” at the top).</source>
        <translation>„%1“ ist kein OSCAL-Katalog oder -Profil (oben steht weder „catalog“ noch „profile“).</translation>
    </message>
    <message>
        <source>The document has no valid uuid; one was derived from its content.</source>
        <translation>Das Dokument hat keine gültige uuid; eine wurde aus seinem Inhalt abgeleitet.</translation>
    </message>
    <message>
        <source>The document has no title; it was named after its file.</source>
        <translation>Das Dokument hat keinen Titel; es wurde nach seiner Datei benannt.</translation>
    </message>
    <message>
        <source>The document does not say which OSCAL version it uses; it was read as OSCAL 1.1.</source>
        <translation>Das Dokument nennt seine OSCAL-Version nicht; es wurde als OSCAL 1.1 gelesen.</translation>
    </message>
    <message>
        <source>OSCAL version “%1” is outside 1.0 to 1.2; it was read as the nearest version Attest knows.</source>
        <translation>OSCAL-Version „%1“ liegt außerhalb von 1.0 bis 1.2; sie wurde als die nächstliegende Version gelesen, die Attest kennt.</translation>
    </message>
    <message>
        <source>The document has no last-modified date.</source>
        <translation>Das Dokument hat kein last-modified-Datum.</translation>
    </message>
    <message>
        <source>The last-modified time “%1” has no time zone; it was read as UTC.</source>
        <translation>Die last-modified-Zeit „%1“ hat keine Zeitzone; sie wurde als UTC gelesen.</translation>
    </message>
    <message>
        <source>The last-modified date “%1” is not an OSCAL date-time; it was kept as text.</source>
        <translation>Das last-modified-Datum „%1“ ist keine OSCAL-Datumsangabe; es wurde als Text übernommen.</translation>
    </message>
    <message>
        <source>As stated by its publisher; imported by the user.</source>
        <translation>Wie vom Herausgeber angegeben; vom Benutzer importiert.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” is an OSCAL catalog without any controls.</source>
        <translation>„%1“ ist ein OSCAL-Katalog ohne Maßnahmen.</translation>
    </message>
    <message>
        <source>The profile “%1” imports no catalog.</source>
        <translation>Das Profil „%1“ importiert keinen Katalog.</translation>
    </message>
    <message>
        <source>The profile imports %1 sources; Attest uses the first.</source>
        <translation>Das Profil importiert %1 Quellen; Attest verwendet die erste.</translation>
    </message>
    <message>
        <source>The profile “%1” selects from “%2”, which is not in this workspace. Import that catalog first, or name the framework to select from.</source>
        <translation>Das Profil „%1“ wählt aus „%2“ aus, das nicht in diesem Arbeitsbereich ist. Zuerst diesen Katalog importieren oder das Rahmenwerk nennen, aus dem ausgewählt wird.</translation>
    </message>
    <message>
        <source>There is no framework “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Rahmenwerk „%1“.</translation>
    </message>
    <message>
        <source>The profile names “%1”, which %2 does not contain; it was skipped.</source>
        <translation>Das Profil nennt „%1“, das in %2 nicht enthalten ist; es wurde übersprungen.</translation>
    </message>
    <message>
        <source>The profile “%1” selects nothing from %2.</source>
        <translation>Das Profil „%1“ wählt nichts aus %2 aus.</translation>
    </message>
    <message>
        <source>The profile&apos;s alterations of control text (alters) are not applied; the catalog&apos;s text is shown.</source>
        <translation>Die Textänderungen des Profils (alters) werden nicht angewandt; angezeigt wird der Text des Katalogs.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Import OSCAL profile %1</source>
        <translation>OSCAL-Profil %1 importieren</translation>
    </message>
    <message>
        <source>Import OSCAL catalog %1</source>
        <translation>OSCAL-Katalog %1 importieren</translation>
    </message>
    <message>
        <source>The tailored framework could not be linked to its catalog.</source>
        <translation>Das zugeschnittene Rahmenwerk konnte nicht mit seinem Katalog verknüpft werden.</translation>
    </message>
    <message>
        <source>Selected by the OSCAL profile “%1” from %2</source>
        <translation>Vom OSCAL-Profil „%1“ aus %2 ausgewählt</translation>
    </message>
    <message>
        <source>Some classes or part names are not OSCAL names (the first: “%1” on “%2”); they were kept as they are, and are made valid when Attest exports the catalog.</source>
        <translation>Einige Klassen oder Teilnamen sind keine gültigen OSCAL-Namen (der erste: „%1“ bei „%2“); sie wurden unverändert übernommen und werden beim Export durch Attest gültig gemacht.</translation>
    </message>
    <message>
        <source>Unknown property “%1” (first on “%2”) was kept as it is.</source>
        <translation>Die unbekannte Eigenschaft „%1“ (zuerst bei „%2“) wurde unverändert übernommen.</translation>
    </message>
    <message>
        <source>Groups without a title were named after their ids (the first at %1).</source>
        <translation>Gruppen ohne Titel wurden nach ihrer id benannt (die erste bei %1).</translation>
    </message>
    <message>
        <source>A control holds groups (the first at %1); they were read as part of its tree.</source>
        <translation>Eine Maßnahme enthält Gruppen (die erste bei %1); sie wurden als Teil ihres Baums gelesen.</translation>
    </message>
    <message>
        <source>Controls without a title were named after their ids (the first: “%1”).</source>
        <translation>Maßnahmen ohne Titel wurden nach ihrer id benannt (die erste: „%1“).</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: it ends too early (%2 at line %3); the file may be cut off.</source>
        <translation>„%1“ ist kein gültiges JSON: es endet zu früh (%2 in Zeile %3); die Datei ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at line %3 (offset %4).</source>
        <translation>„%1“ ist kein gültiges JSON: %2 in Zeile %3 (Position %4).</translation>
    </message>
    <message>
        <source>version not stated</source>
        <translation>Version nicht angegeben</translation>
    </message>
    <message>
        <source>%1, OSCAL profile (OSCAL %2, uuid %3), imported from %4</source>
        <translation>%1, OSCAL-Profil (OSCAL %2, uuid %3), importiert aus %4</translation>
    </message>
    <message>
        <source>%1, OSCAL catalog (OSCAL %2, uuid %3), imported from %4</source>
        <translation>%1, OSCAL-Katalog (OSCAL %2, uuid %3), importiert aus %4</translation>
    </message>
    <message>
        <source>The profile names the group “%1”; profiles select controls, so it was skipped.</source>
        <translation>Das Profil nennt die Gruppe „%1“; Profile wählen Maßnahmen aus, daher wurde sie übersprungen.</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Workspace fingerprint %1</source>
        <translation>Fingerabdruck des Arbeitsbereichs %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Erzeugt am</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace fingerprint</source>
        <translation>Fingerabdruck des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Audit-chain head</source>
        <translation>Kopf der Prüfpfadkette</translation>
    </message>
    <message>
        <source>event %1, %2</source>
        <translation>Ereignis %1, %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>The report could not be written to “%1”.</source>
        <translation>Der Bericht konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>The report could not be written to “%1”: %2</source>
        <translation>Der Bericht konnte nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (latest: %2)</source>
        <translation>%1 (zuletzt: %2)</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Abgebrochen: es wurde kein Bericht geschrieben.</translation>
    </message>
</context>
<context>
    <name>PrivacyReports</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (DSGVO Art. 30)</translation>
    </message>
    <message numerus="yes">
        <source>AI systems in force that process personal data: %n processing activities</source>
        <translation>
            <numerusform>KI-Systeme im Einsatz, die personenbezogene Daten verarbeiten: %n Verarbeitungstätigkeit</numerusform>
            <numerusform>KI-Systeme im Einsatz, die personenbezogene Daten verarbeiten: %n Verarbeitungstätigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>About this record</source>
        <translation>Über dieses Verzeichnis</translation>
    </message>
    <message>
        <source>This record lists, for each AI system of the organisation that processes personal data, what Article 30 of the GDPR requires: (a) the controller and where applicable the joint controller, representative and data protection officer; (b) the purposes; (c) the categories of data subjects and of personal data; (d) the categories of recipients; (e) transfers to third countries or international organisations; (f) where possible, the time limits for erasure; (g) where possible, a general description of the security measures. Items not yet recorded are marked as such.</source>
        <translation>Dieses Verzeichnis enthält für jedes KI-System der Organisation, das personenbezogene Daten verarbeitet, die nach Artikel 30 DSGVO erforderlichen Angaben: (a) den Verantwortlichen und gegebenenfalls den gemeinsam Verantwortlichen, den Vertreter und den Datenschutzbeauftragten; (b) die Zwecke; (c) die Kategorien betroffener Personen und personenbezogener Daten; (d) die Kategorien von Empfängern; (e) Übermittlungen an Drittländer oder internationale Organisationen; (f) wenn möglich, die Löschfristen; (g) wenn möglich, eine allgemeine Beschreibung der Sicherheitsmaßnahmen. Noch nicht erfasste Angaben sind als solche gekennzeichnet.</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Without a data-protection record</source>
        <translation>Ohne Datenschutzdokumentation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Data categories not recorded</source>
        <translation>Datenkategorien nicht erfasst</translation>
    </message>
    <message>
        <source>%1 AI systems in force, not listed here until it is known whether they process personal data: %2</source>
        <translation>%1 KI-Systeme im Einsatz, die hier erst aufgeführt werden, wenn bekannt ist, ob sie personenbezogene Daten verarbeiten: %2</translation>
    </message>
    <message>
        <source>Form (Art. 30(3))</source>
        <translation>Form (Art. 30(3))</translation>
    </message>
    <message>
        <source>Kept in electronic form in the Attest workspace named on the cover.</source>
        <translation>In elektronischer Form im auf dem Deckblatt genannten Attest-Arbeitsbereich geführt.</translation>
    </message>
    <message>
        <source>Availability (Art. 30(4))</source>
        <translation>Zurverfügungstellung (Art. 30(4))</translation>
    </message>
    <message>
        <source>Made available to the supervisory authority on request; this document is an export of the record.</source>
        <translation>Wird der Aufsichtsbehörde auf Anfrage zur Verfügung gestellt; dieses Dokument ist ein Export des Verzeichnisses.</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventar: %1</translation>
    </message>
    <message>
        <source>Controls implemented (%1): %2</source>
        <translation>Umgesetzte Maßnahmen (%1): %2</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Unsere Rolle</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) Processor</source>
        <translation>Art. 30(2)(a) Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) Controllers acted for</source>
        <translation>Art. 30(2)(a) Verantwortliche, in deren Auftrag gehandelt wird</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) Representative</source>
        <translation>Art. 30(2)(a) Vertreter</translation>
    </message>
    <message>
        <source>Art. 30(2)(a) Data protection officer</source>
        <translation>Art. 30(2)(a) Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Art. 30(2)(b) Categories of processing for each controller</source>
        <translation>Art. 30(2)(b) Kategorien von Verarbeitungen je Verantwortlichem</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <source>Art. 30(2)(c) Transfers to third countries</source>
        <translation>Art. 30(2)(c) Übermittlungen an Drittländer</translation>
    </message>
    <message>
        <source>Art. 30(2)(d) Security measures</source>
        <translation>Art. 30(2)(d) Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>KI-System</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlich verantwortlich</translation>
    </message>
    <message>
        <source>Record last reviewed</source>
        <translation>Letzte Überprüfung des Eintrags</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) Controller</source>
        <translation>Art. 30(1)(a) Verantwortlicher</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) Joint controllers</source>
        <translation>Art. 30(1)(a) Gemeinsam Verantwortliche</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) Representative</source>
        <translation>Art. 30(1)(a) Vertreter</translation>
    </message>
    <message>
        <source>Art. 30(1)(a) Data protection officer</source>
        <translation>Art. 30(1)(a) Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Art. 30(1)(b) Purposes</source>
        <translation>Art. 30(1)(b) Zwecke</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) Categories of data subjects</source>
        <translation>Art. 30(1)(c) Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) Categories of personal data</source>
        <translation>Art. 30(1)(c) Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <source>Art. 30(1)(d) Categories of recipients</source>
        <translation>Art. 30(1)(d) Kategorien von Empfängern</translation>
    </message>
    <message>
        <source>Art. 30(1)(e) Transfers to third countries</source>
        <translation>Art. 30(1)(e) Übermittlungen an Drittländer</translation>
    </message>
    <message>
        <source>Art. 30(1)(f) Time limits for erasure</source>
        <translation>Art. 30(1)(f) Löschfristen</translation>
    </message>
    <message>
        <source>Art. 30(1)(g) Security measures</source>
        <translation>Art. 30(1)(g) Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>Data protection impact assessment (GDPR Art. 35)</source>
        <translation>Datenschutz-Folgenabschätzung (DSGVO Art. 35)</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>KI-System %1</translation>
    </message>
    <message>
        <source>Required: the system takes automated decisions with legal or similarly significant effects on people (Art. 35(3)(a)).</source>
        <translation>Erforderlich: das System trifft automatisierte Entscheidungen, die gegenüber Personen Rechtswirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen (Art. 35(3)(a)).</translation>
    </message>
    <message>
        <source>Required: special categories of data processed on a large scale (Art. 35(3)(b)).</source>
        <translation>Erforderlich: umfangreiche Verarbeitung besonderer Kategorien von Daten (Art. 35(3)(b)).</translation>
    </message>
    <message>
        <source>Likely required: %1 of the nine criteria apply; two or more usually mean a high risk (WP248).</source>
        <translation>Voraussichtlich erforderlich: %1 der neun Kriterien treffen zu; zwei oder mehr bedeuten in der Regel ein hohes Risiko (WP248).</translation>
    </message>
    <message>
        <source>Cannot be concluded: the indicators are not all recorded (automated decisions, data categories, the high-risk criteria).</source>
        <translation>Keine Aussage möglich: die Indikatoren sind nicht alle erfasst (automatisierte Entscheidungen, Datenkategorien, Kriterien für ein hohes Risiko).</translation>
    </message>
    <message>
        <source>Not indicated by what is recorded; where no assessment is made, the reasons belong in the record.</source>
        <translation>Nach den erfassten Angaben nicht angezeigt; wird keine Folgenabschätzung durchgeführt, gehören die Gründe in die Dokumentation.</translation>
    </message>
    <message>
        <source>Whether an assessment is required</source>
        <translation>Ob eine Folgenabschätzung erforderlich ist</translation>
    </message>
    <message>
        <source>Art. 35(3)(a) Automated decisions with legal or similar effect</source>
        <translation>Art. 35(3)(a) Automatisierte Entscheidungen mit Rechtswirkung oder ähnlicher Wirkung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Art. 35(3)(b) Special categories of data</source>
        <translation>Art. 35(3)(b) Besondere Kategorien von Daten</translation>
    </message>
    <message>
        <source>Art. 35(3)(c) Systematic monitoring</source>
        <translation>Art. 35(3)(c) Systematische Überwachung</translation>
    </message>
    <message>
        <source>Indicated: required if it covers a publicly accessible area on a large scale</source>
        <translation>Angegeben: erforderlich, wenn öffentlich zugängliche Bereiche umfangreich überwacht werden</translation>
    </message>
    <message>
        <source>Not indicated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>High-risk indicators (WP248)</source>
        <translation>Indikatoren für ein hohes Risiko (WP248)</translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation>Keine angekreuzt</translation>
    </message>
    <message>
        <source>%1 of 9: %2</source>
        <translation>%1 von 9: %2</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Art. 35(7)(a) Description of the processing and its purposes</source>
        <translation>Art. 35(7)(a) Beschreibung der Verarbeitung und ihrer Zwecke</translation>
    </message>
    <message>
        <source>Processing operations</source>
        <translation>Verarbeitungsvorgänge</translation>
    </message>
    <message>
        <source>The AI system</source>
        <translation>Das KI-System</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Zwecke der Verarbeitung</translation>
    </message>
    <message>
        <source>Legitimate interest pursued</source>
        <translation>Verfolgtes berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Not applicable: the lawful basis is %1</source>
        <translation>Nicht zutreffend: die Rechtsgrundlage ist %1</translation>
    </message>
    <message>
        <source>Data sources and provenance</source>
        <translation>Datenquellen und Herkunft</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Übermittlungen außerhalb der EU</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Löschfristen</translation>
    </message>
    <message>
        <source>Human oversight</source>
        <translation>Menschliche Aufsicht</translation>
    </message>
    <message>
        <source>Art. 35(7)(b) Necessity and proportionality</source>
        <translation>Art. 35(7)(b) Notwendigkeit und Verhältnismäßigkeit</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Art. 35(7)(c) Risks to the rights and freedoms of data subjects</source>
        <translation>Art. 35(7)(c) Risiken für die Rechte und Freiheiten der betroffenen Personen</translation>
    </message>
    <message>
        <source>The system&apos;s risk register</source>
        <translation>Das Risikoregister des Systems</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Art. 35(7)(d) Measures to address the risks</source>
        <translation>Art. 35(7)(d) Abhilfemaßnahmen zur Bewältigung der Risiken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Measures envisaged</source>
        <translation>Geplante Abhilfemaßnahmen</translation>
    </message>
    <message>
        <source>Controls treating the risks</source>
        <translation>Maßnahmen zur Risikobehandlung</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>Advice, views and review</source>
        <translation>Rat, Standpunkte und Überprüfung</translation>
    </message>
    <message>
        <source>Art. 35(2) Data protection officer</source>
        <translation>Art. 35(2) Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Art. 35(2) Advice of the DPO</source>
        <translation>Art. 35(2) Rat des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>Art. 35(9) Views of data subjects</source>
        <translation>Art. 35(9) Standpunkt der betroffenen Personen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>Art. 35(11) Next review</source>
        <translation>Art. 35(11) Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Art. 36 Prior consultation</source>
        <translation>Art. 36 Vorherige Konsultation</translation>
    </message>
    <message>
        <source>Art. 36(3)(a) Responsibilities of controller, joint controllers and processors</source>
        <translation>Art. 36(3)(a) Zuständigkeiten des Verantwortlichen, der gemeinsam Verantwortlichen und der Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Our role: %1</source>
        <translation>Unsere Rolle: %1</translation>
    </message>
    <message>
        <source>Art. 36(3)(b) Purposes and means</source>
        <translation>Art. 36(3)(b) Zwecke und Mittel</translation>
    </message>
    <message>
        <source>Art. 36(3)(c) Measures and safeguards</source>
        <translation>Art. 36(3)(c) Maßnahmen und Garantien</translation>
    </message>
    <message>
        <source>Art. 36(3)(d) Contact details of the DPO</source>
        <translation>Art. 36(3)(d) Kontaktdaten des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>Art. 36(3)(e) The impact assessment</source>
        <translation>Art. 36(3)(e) Die Datenschutz-Folgenabschätzung</translation>
    </message>
    <message>
        <source>This document.</source>
        <translation>Dieses Dokument.</translation>
    </message>
    <message>
        <source>Art. 36(3)(f) Other information requested</source>
        <translation>Art. 36(3)(f) Sonstige angeforderte Informationen</translation>
    </message>
    <message>
        <source>Not required: the residual risk was accepted as not high.</source>
        <translation>Nicht erforderlich: das Restrisiko wurde als nicht hoch akzeptiert.</translation>
    </message>
    <message>
        <source>Not yet decided: the outcome of the assessment is open.</source>
        <translation>Noch nicht entschieden: das Ergebnis der Folgenabschätzung ist offen.</translation>
    </message>
    <message>
        <source>Exemption (Art. 30(5))</source>
        <translation>Ausnahme (Art. 30(5))</translation>
    </message>
    <message>
        <source>Not relied on: the record is kept for every AI system that processes personal data.</source>
        <translation>Nicht in Anspruch genommen: Das Verzeichnis wird für jedes KI-System geführt, das personenbezogene Daten verarbeitet.</translation>
    </message>
    <message>
        <source>The assessment finds a high risk that the measures do not sufficiently mitigate: the supervisory authority is to be consulted before the processing (Art. 36(1)). Where the authority considers that the processing would infringe the Regulation, it gives written advice within eight weeks of the request, a period it may extend by six (Art. 36(2)). Article 36(3) asks for the following.</source>
        <translation>Die Folgenabschätzung ergibt ein hohes Risiko, das durch die Maßnahmen nicht ausreichend eingedämmt wird: Die Aufsichtsbehörde ist vor der Verarbeitung zu konsultieren (Art. 36(1)). Ist die Aufsichtsbehörde der Auffassung, dass die geplante Verarbeitung gegen die Verordnung verstoßen würde, unterbreitet sie innerhalb von acht Wochen nach Erhalt des Ersuchens schriftliche Empfehlungen; diese Frist kann sie um sechs Wochen verlängern (Art. 36(2)). Artikel 36(3) verlangt die folgenden Angaben.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReports</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Executive compliance summary</source>
        <translation>Compliance-Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>All AI systems in force: %1</source>
        <translation>Alle KI-Systeme im Einsatz: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>AI systems in force</source>
        <translation>KI-Systeme im Einsatz</translation>
    </message>
    <message>
        <source>By EU AI Act tier</source>
        <translation>Nach Risikostufe der EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>Systems overdue for review</source>
        <translation>Systeme mit überfälliger Überprüfung</translation>
    </message>
    <message>
        <source>Risks not closed</source>
        <translation>Nicht geschlossene Risiken</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Feststellungen</translation>
    </message>
    <message>
        <source>Overdue findings</source>
        <translation>Überfällige Feststellungen</translation>
    </message>
    <message>
        <source>Evidence expiring within 30 days</source>
        <translation>Nachweise, die innerhalb von 30 Tagen ablaufen</translation>
    </message>
    <message>
        <source>Evidence expiring within 90 days</source>
        <translation>Nachweise, die innerhalb von 90 Tagen ablaufen</translation>
    </message>
    <message>
        <source>Framework coverage</source>
        <translation>Abdeckung der Rahmenwerke</translation>
    </message>
    <message>
        <source>Coverage per framework, over the systems each applies to</source>
        <translation>Abdeckung je Rahmenwerk über die Systeme, für die es jeweils gilt</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n systems)</source>
        <translation>
            <numerusform>%1 (%n System)</numerusform>
            <numerusform>%1 (%n Systeme)</numerusform>
        </translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Residual risk (inherent where not yet assessed), risks not closed and closed alike</source>
        <translation>Restrisiko (inhärentes Risiko, wo noch nicht bewertet), nicht geschlossene und geschlossene Risiken gleichermaßen</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Not closed at level %1</source>
        <translation>Nicht geschlossen auf Niveau %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Highest risks not closed</source>
        <translation>Höchste nicht geschlossene Risiken</translation>
    </message>
    <message>
        <source>No risks are open.</source>
        <translation>Es sind keine Risiken offen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Open findings by due date</source>
        <translation>Offene Feststellungen nach Fälligkeit</translation>
    </message>
    <message>
        <source>More than 30 days overdue</source>
        <translation>Mehr als 30 Tage überfällig</translation>
    </message>
    <message>
        <source>Overdue up to 30 days</source>
        <translation>Bis zu 30 Tage überfällig</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Fällig innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>Later or no due date</source>
        <translation>Später oder ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Trends over 12 months</source>
        <translation>Verläufe über 12 Monate</translation>
    </message>
    <message>
        <source>The workspace&apos;s history could not be read.</source>
        <translation>Der Verlauf des Arbeitsbereichs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Coverage per framework (%), at the end of each month</source>
        <translation>Abdeckung je Rahmenwerk (%), jeweils zum Monatsende</translation>
    </message>
    <message>
        <source>Risks not closed, by level, at the end of each month</source>
        <translation>Nicht geschlossene Risiken nach Niveau, jeweils zum Monatsende</translation>
    </message>
    <message>
        <source>Each point is the workspace as its audit trail shows it at the end of that month; the last point is today.</source>
        <translation>Jeder Punkt zeigt den Arbeitsbereich so, wie ihn sein Prüfpfad zum Ende des jeweiligen Monats ausweist; der letzte Punkt ist heute.</translation>
    </message>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Es gibt kein KI-System mit der ID %1.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>Behebungsplan</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>KI-System %1</translation>
    </message>
    <message>
        <source>All AI systems and the organisation</source>
        <translation>Alle KI-Systeme und die Organisation</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Without an owner</source>
        <translation>Ohne verantwortliche Person</translation>
    </message>
    <message>
        <source>Without a due date</source>
        <translation>Ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Open and in-progress findings, soonest due first; those without a due date last.</source>
        <translation>Offene und in Bearbeitung befindliche Feststellungen, die am frühesten fälligen zuerst; solche ohne Fälligkeitsdatum zuletzt.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Keine offenen Feststellungen.</translation>
    </message>
    <message>
        <source>There is no interview session with id %1.</source>
        <translation>Es gibt keine Interview-Sitzung mit der ID %1.</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Interviewprotokoll</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>Durchgeführt am %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A chosen set of requirements</source>
        <translation>Eine ausgewählte Menge von Anforderungen</translation>
    </message>
    <message>
        <source>AI systems</source>
        <translation>KI-Systeme</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Bestätigt am</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>People interviewed</source>
        <translation>Befragte Personen</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>Nachzuverfolgen</translation>
    </message>
</context>
<context>
    <name>QuickOpenIndex</name>
    <message>
        <source>AI system</source>
        <translation>KI-System</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>AI system (retired)</source>
        <translation>KI-System (stillgelegt)</translation>
    </message>
    <message>
        <source>Requirement of %1</source>
        <translation>Anforderung aus %1</translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation>Risiko von %1</translation>
    </message>
</context>
<context>
    <name>RegisterReports</name>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>All AI systems</source>
        <translation>Alle KI-Systeme</translation>
    </message>
    <message>
        <source>There is no AI system with that id.</source>
        <translation>Es gibt kein KI-System mit dieser ID.</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>KI-System %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Nicht geschlossen</translation>
    </message>
    <message>
        <source>At level %1</source>
        <translation>Auf Niveau %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Levels are the residual level once assessed, else the inherent one, each scored on the risk matrix version recorded with the risk.</source>
        <translation>Niveaus sind das Restrisiko-Niveau, sobald bewertet, sonst das inhärente, jeweils nach der mit dem Risiko erfassten Version der Risikomatrix bewertet.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Erfasst (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Audit-trail extract</source>
        <translation>Auszug aus dem Prüfpfad</translation>
    </message>
    <message>
        <source>Every recorded change to governance data</source>
        <translation>Jede erfasste Änderung an Governance-Daten</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>dem ersten Ereignis</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>zum letzten Ereignis</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <source>Events examined</source>
        <translation>Geprüfte Ereignisse</translation>
    </message>
    <message>
        <source>Head event</source>
        <translation>Kopfereignis</translation>
    </message>
    <message>
        <source>Head hash (SHA-256)</source>
        <translation>Kopf-Hash (SHA-256)</translation>
    </message>
    <message>
        <source>Events in this extract</source>
        <translation>Ereignisse in diesem Auszug</translation>
    </message>
    <message>
        <source>Each event&apos;s hash covers its content and the previous event&apos;s hash; the head hash above identifies the whole chain up to it. `attest audit verify` on the same workspace prints the same head.</source>
        <translation>Der Hash jedes Ereignisses umfasst seinen Inhalt und den Hash des vorigen Ereignisses; der obige Kopf-Hash kennzeichnet die gesamte Kette bis zu ihm. „attest audit verify“ gibt für denselben Arbeitsbereich denselben Kopf aus.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The range holds %1 events; an extract takes at most %2. Choose a shorter range of days.</source>
        <translation>Der Zeitraum umfasst %1 Ereignisse; ein Auszug fasst höchstens %2. Bitte einen kürzeren Zeitraum wählen.</translation>
    </message>
    <message>
        <source>Inherent → residual</source>
        <translation>Inhärent → Restrisiko</translation>
    </message>
</context>
<context>
    <name>ReportContext</name>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (Konto %2)</translation>
    </message>
</context>
<context>
    <name>ReportSupport</name>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Es gibt kein KI-System mit der ID %1.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhärent</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Stand: %1</translation>
    </message>
</context>
<context>
    <name>ReportTypes</name>
    <message>
        <source>Executive compliance summary</source>
        <translation>Compliance-Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>AI system dossier (EU AI Act Annex IV)</source>
        <translation>KI-System-Dossier (EU-KI-Verordnung, Anhang IV)</translation>
    </message>
    <message>
        <source>Statement of Applicability (ISO/IEC 27001:2022)</source>
        <translation>Erklärung zur Anwendbarkeit (ISO/IEC 27001:2022)</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (DSGVO Art. 30)</translation>
    </message>
    <message>
        <source>Data protection impact assessment (GDPR Art. 35)</source>
        <translation>Datenschutz-Folgenabschätzung (DSGVO Art. 35)</translation>
    </message>
    <message>
        <source>HIPAA Security Rule risk analysis</source>
        <translation>Risikoanalyse nach der HIPAA Security Rule</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>Behebungsplan</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Interviewprotokoll</translation>
    </message>
    <message>
        <source>Audit-trail extract</source>
        <translation>Auszug aus dem Prüfpfad</translation>
    </message>
    <message>
        <source>There is no report “%1”; the reports are %2.</source>
        <translation>Es gibt keinen Bericht „%1“; verfügbar sind %2.</translation>
    </message>
    <message>
        <source>The %1 is about one AI system: choose it.</source>
        <translation>„%1“ betrifft ein einzelnes KI-System: Bitte wählen Sie es aus.</translation>
    </message>
    <message>
        <source>The %1 is about one interview session: choose it.</source>
        <translation>„%1“ betrifft eine einzelne Interview-Sitzung: Bitte wählen Sie sie aus.</translation>
    </message>
</context>
<context>
    <name>RiskExport</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhärent</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RiskImport</name>
    <message>
        <source>Problems found: %1; nothing was imported.</source>
        <translation>Gefundene Probleme: %1; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Threats not in the threat catalog: %1; nothing was imported. Agree to add them, or correct their names.</source>
        <translation>Bedrohungen, die nicht im Bedrohungskatalog stehen: %1; es wurde nichts importiert. Dem Hinzufügen zustimmen oder ihre Namen korrigieren.</translation>
    </message>
    <message>
        <source>AI system (code or name)</source>
        <translation>KI-System (Code oder Name)</translation>
    </message>
    <message>
        <source>Threat (name or code)</source>
        <translation>Bedrohung (Name oder Code)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Betroffene Assets</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Treating controls</source>
        <translation>Behandelnde Maßnahmen</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Restauswirkung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <source>Acceptance justification</source>
        <translation>Begründung der Akzeptanz</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one row per risk.</source>
        <translation>Die Datei ist leer: sie braucht eine Kopfzeile und eine Zeile pro Risiko.</translation>
    </message>
    <message>
        <source>the column mapping does not match the file&apos;s %1 columns</source>
        <translation>die Spaltenzuordnung passt nicht zu den %1 Spalten der Datei</translation>
    </message>
    <message>
        <source>the columns “%1” and “%2” are both read as %3; keep one</source>
        <translation>die Spalten „%1“ und „%2“ werden beide als %3 gelesen; nur eine davon behalten</translation>
    </message>
    <message>
        <source>no column is read as %1: every risk needs it</source>
        <translation>keine Spalte wird als %1 gelesen: jedes Risiko braucht diese Angabe</translation>
    </message>
    <message>
        <source>This workspace has no risk matrix yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Risikomatrix.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>the AI system is empty</source>
        <translation>das KI-System ist leer</translation>
    </message>
    <message>
        <source>“%1” is the name of %2 AI systems; give the system&apos;s code</source>
        <translation>„%1“ ist der Name von %2 KI-Systemen; den Code des Systems angeben</translation>
    </message>
    <message>
        <source>the AI system “%1” is not in the inventory (neither a code nor a name)</source>
        <translation>das KI-System „%1“ ist nicht im Inventar (weder als Code noch als Name)</translation>
    </message>
    <message>
        <source>the threat is empty</source>
        <translation>die Bedrohung ist leer</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 “%2” is neither a step from 1 to %3 nor one of: %4</source>
        <translation>%1: „%2“ ist weder eine Stufe von 1 bis %3 noch einer dieser Werte: %4</translation>
    </message>
    <message>
        <source>%1 “%2”: the number and the name disagree</source>
        <translation>%1: „%2“: Zahl und Name stimmen nicht überein</translation>
    </message>
    <message>
        <source>“%1” is not an asset: training data, model, pipeline, inference endpoint or outputs</source>
        <translation>„%1“ ist kein Asset: Trainingsdaten, Modell, Pipeline, Inferenz-Endpunkt oder Ausgaben</translation>
    </message>
    <message>
        <source>“%1” is not a treatment: mitigate, accept, transfer or avoid</source>
        <translation>„%1“ ist keine Behandlung: mindern, akzeptieren, übertragen oder vermeiden</translation>
    </message>
    <message>
        <source>“%1” is not a risk status: open, treating, accepted or closed</source>
        <translation>„%1“ ist kein Risikostatus: offen, in Behandlung, akzeptiert oder geschlossen</translation>
    </message>
    <message>
        <source>the control “%1” is not in the control library</source>
        <translation>die Maßnahme „%1“ ist nicht in der Maßnahmenbibliothek</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date; write it as YYYY-MM-DD</source>
        <translation>%1: „%2“ ist kein Datum; im Format YYYY-MM-DD angeben</translation>
    </message>
    <message>
        <source>this risk is already in the register (risk %1): same system, threat and scenario</source>
        <translation>dieses Risiko steht bereits im Register (Risiko %1): gleiches System, gleiche Bedrohung, gleiches Szenario</translation>
    </message>
    <message>
        <source>the same system, threat and scenario as line %1</source>
        <translation>gleiches System, gleiche Bedrohung und gleiches Szenario wie Zeile %1</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>The risk matrix changed after the file was checked; check the file again.</source>
        <translation>Die Risikomatrix wurde nach der Prüfung der Datei geändert; die Datei erneut prüfen.</translation>
    </message>
    <message>
        <source>Import a risk register from %1 (%2 risks)</source>
        <translation>Risikoregister aus %1 importieren (%2 Risiken)</translation>
    </message>
    <message>
        <source>Import a risk register from %1 (%2 risks, %3 new threats)</source>
        <translation>Risikoregister aus %1 importieren (%2 Risiken, %3 neue Bedrohungen)</translation>
    </message>
    <message>
        <source>Added by the import of %1; describe it in the threat catalog.</source>
        <translation>Beim Import von %1 hinzugefügt; im Bedrohungskatalog beschreiben.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Rows read: %1; new risks: %2.</source>
        <translation>Gelesene Zeilen: %1; neue Risiken: %2.</translation>
    </message>
    <message>
        <source>Rows read: %1; new risks: %2; new threats: %3.</source>
        <translation>Gelesene Zeilen: %1; neue Risiken: %2; neue Bedrohungen: %3.</translation>
    </message>
    <message>
        <source>line %1: this risk was added to the register meanwhile (risk %2); nothing was imported. Check the file again.</source>
        <translation>Zeile %1: dieses Risiko wurde inzwischen ins Register aufgenommen (Risiko %2); es wurde nichts importiert. Die Datei erneut prüfen.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>RiskMatrix</name>
    <message>
        <source>Rare</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Fast sicher</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Vernachlässigbar</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>A scale has 2 to 10 steps.</source>
        <translation>Eine Skala hat 2 bis 10 Stufen.</translation>
    </message>
    <message>
        <source>Every step of a scale needs a name.</source>
        <translation>Jede Stufe einer Skala braucht einen Namen.</translation>
    </message>
    <message>
        <source>The matrix needs at least one level.</source>
        <translation>Die Matrix braucht mindestens ein Niveau.</translation>
    </message>
    <message>
        <source>Every level needs a name.</source>
        <translation>Jedes Niveau braucht einen Namen.</translation>
    </message>
    <message>
        <source>The levels must cover the scores 1 to %1 in order, without gaps or overlaps (“%2” starts at %3, expected %4).</source>
        <translation>Die Niveaus müssen die Werte 1 bis %1 lückenlos, ohne Überschneidungen und der Reihe nach abdecken („%2“ beginnt bei %3, erwartet %4).</translation>
    </message>
    <message>
        <source>The colour of “%1” is not a colour like #c0302a.</source>
        <translation>Die Farbe von „%1“ ist keine Farbangabe wie #c0302a.</translation>
    </message>
    <message>
        <source>The levels must reach the highest score, %1.</source>
        <translation>Die Niveaus müssen bis zum höchsten Wert reichen (%1).</translation>
    </message>
    <message>
        <source>The acceptance threshold must be a score from 1 to %1.</source>
        <translation>Die Akzeptanzschwelle muss ein Wert von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>likelihood %1 %2 × impact %3 %4 = %5 → %6</source>
        <translation>Wahrscheinlichkeit %1 %2 × Auswirkung %3 %4 = %5 → %6</translation>
    </message>
</context>
<context>
    <name>RiskRepository</name>
    <message>
        <source>The threat catalog could not be read.</source>
        <translation>Der Bedrohungskatalog konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The risk register could not be read.</source>
        <translation>Das Risikoregister konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The risk matrix could not be read.</source>
        <translation>Die Risikomatrix konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>RiskService</name>
    <message>
        <source>Cannot read the threat catalog file “%1”.</source>
        <translation>Die Datei des Bedrohungskatalogs „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The threat catalog file “%1” is damaged.</source>
        <translation>Die Datei des Bedrohungskatalogs „%1“ ist beschädigt.</translation>
    </message>
    <message>
        <source>The threat catalog could not be read.</source>
        <translation>Der Bedrohungskatalog konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Load the AI threat catalog (release %1)</source>
        <translation>Den KI-Bedrohungskatalog laden (Version %1)</translation>
    </message>
    <message>
        <source>Default 5 × 5 matrix</source>
        <translation>Standardmatrix 5 × 5</translation>
    </message>
    <message>
        <source>A threat needs a code and a name.</source>
        <translation>Eine Bedrohung braucht einen Code und einen Namen.</translation>
    </message>
    <message>
        <source>There is already a threat %1; choose another code.</source>
        <translation>Es gibt bereits eine Bedrohung %1; einen anderen Code wählen.</translation>
    </message>
    <message>
        <source>Add threat %1</source>
        <translation>Bedrohung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Save risk matrix version %1</source>
        <translation>Version %1 der Risikomatrix speichern</translation>
    </message>
    <message>
        <source>A risk belongs to an AI system.</source>
        <translation>Ein Risiko gehört zu einem KI-System.</translation>
    </message>
    <message>
        <source>A risk names the threat it comes from.</source>
        <translation>Ein Risiko nennt die Bedrohung, aus der es hervorgeht.</translation>
    </message>
    <message>
        <source>Likelihood and impact must be steps of the risk matrix: 1 to %1 and 1 to %2.</source>
        <translation>Eintrittswahrscheinlichkeit und Auswirkung müssen Stufen der Risikomatrix sein: 1 bis %1 und 1 bis %2.</translation>
    </message>
    <message>
        <source>A residual assessment needs both likelihood and impact.</source>
        <translation>Eine Restrisikobewertung braucht sowohl Eintrittswahrscheinlichkeit als auch Auswirkung.</translation>
    </message>
    <message>
        <source>Residual likelihood and impact must be steps of the risk matrix.</source>
        <translation>Restwahrscheinlichkeit und Restauswirkung müssen Stufen der Risikomatrix sein.</translation>
    </message>
    <message>
        <source>“%1” is not a treatment: mitigate, accept, transfer or avoid.</source>
        <translation>„%1“ ist keine Behandlung: mindern, akzeptieren, übertragen oder vermeiden.</translation>
    </message>
    <message>
        <source>“%1” is not a risk status.</source>
        <translation>„%1“ ist kein Risikostatus.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: „%2“ ist kein Datum; im Format YYYY-MM-DD angeben.</translation>
    </message>
    <message>
        <source>“%1” is not an asset: %2.</source>
        <translation>„%1“ ist kein Asset: %2.</translation>
    </message>
    <message>
        <source>A %1 risk (score %2) is above the acceptance threshold (%3): accepting it needs an approver, a date and a justification.</source>
        <translation>Ein Risiko mit Niveau %1 (Risikowert %2) liegt über der Akzeptanzschwelle (%3): seine Akzeptanz erfordert eine genehmigende Person, ein Datum und eine Begründung.</translation>
    </message>
    <message>
        <source>This workspace has no risk matrix yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Risikomatrix.</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Ein Risiko hinzufügen</translation>
    </message>
    <message>
        <source>Edit a risk</source>
        <translation>Ein Risiko bearbeiten</translation>
    </message>
    <message>
        <source>Remove a risk</source>
        <translation>Ein Risiko entfernen</translation>
    </message>
    <message>
        <source>Risk matrix version %1 was saved while you edited version %2; close the editor and make your change on the new version.</source>
        <translation>Version %1 der Risikomatrix wurde gespeichert, während Version %2 bearbeitet wurde; den Editor schließen und die Änderung an der neuen Version vornehmen.</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Inference endpoint</source>
        <translation>Inferenz-Endpunkt</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mindern</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Being treated</source>
        <translation>In Behandlung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library (libsodium) could not start: signing is not available.</source>
        <translation>Die Kryptografie-Bibliothek (libsodium) konnte nicht gestartet werden: Signieren ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>A new signing key could not be made.</source>
        <translation>Es konnte kein neuer Signaturschlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>The stored signing key is damaged (it is not 32 bytes long).</source>
        <translation>Der gespeicherte Signaturschlüssel ist beschädigt (er ist nicht 32 Bytes lang).</translation>
    </message>
    <message>
        <source>The signing key could not be loaded.</source>
        <translation>Der Signaturschlüssel konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The keychain refused access to the signing key (%1). Unlock the keychain (on Linux, the login keyring) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den Signaturschlüssel verweigert (%1). Entsperren Sie den Schlüsselbund (unter Linux den Anmelde-Schlüsselbund) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available to hold the signing key (%1). Attest keeps its signing key only in the operating system&apos;s keychain: on Linux, a Secret Service such as GNOME Keyring or KWallet in a desktop session.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, der den Signaturschlüssel aufnehmen kann (%1). Attest bewahrt seinen Signaturschlüssel ausschließlich im Schlüsselbund des Betriebssystems auf: unter Linux in einem Secret Service wie GNOME Keyring oder KWallet innerhalb einer Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>The signing key in the keychain is damaged; Attest will not replace it by itself. Remove the keychain entry “%1” of “%2” to make a new key.</source>
        <translation>Der Signaturschlüssel im Schlüsselbund ist beschädigt; Attest ersetzt ihn nicht selbstständig. Entfernen Sie den Schlüsselbund-Eintrag „%1“ von „%2“, um einen neuen Schlüssel zu erzeugen.</translation>
    </message>
    <message>
        <source>There is no signing key in this keychain yet.</source>
        <translation>In diesem Schlüsselbund gibt es noch keinen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds; it may be waiting to be unlocked.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet; möglicherweise wartet er darauf, entsperrt zu werden.</translation>
    </message>
    <message>
        <source>The signing key is not the one named on the report&apos;s cover; generate the report again.</source>
        <translation>Der Signaturschlüssel ist nicht der auf dem Deckblatt genannte; erstellen Sie den Bericht erneut.</translation>
    </message>
</context>
<context>
    <name>SigningPublicKey</name>
    <message>
        <source>An Ed25519 public key is 32 bytes long.</source>
        <translation>Ein öffentlicher Ed25519-Schlüssel ist 32 Bytes lang.</translation>
    </message>
    <message>
        <source>Attest report-signing public key (Ed25519). Check a signed report with:</source>
        <translation>Öffentlicher Attest-Schlüssel für die Berichtssignatur (Ed25519). Einen signierten Bericht prüfen mit:</translation>
    </message>
    <message>
        <source>attest verify REPORT.pdf --pubkey THIS-FILE</source>
        <translation>attest verify BERICHT.pdf --pubkey DIESE-DATEI</translation>
    </message>
    <message>
        <source>This is not an Attest public key file: %1.</source>
        <translation>Dies ist keine Attest-Datei mit öffentlichem Schlüssel: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a field of this format</source>
        <translation>„%1“ ist kein Feld dieses Formats</translation>
    </message>
    <message>
        <source>it needs both “Key” and “Fingerprint”</source>
        <translation>sie muss sowohl „Key“ als auch „Fingerprint“ enthalten</translation>
    </message>
    <message>
        <source>“Key” is not 32 bytes in base64</source>
        <translation>„Key“ ist kein Base64-Wert mit 32 Bytes</translation>
    </message>
    <message>
        <source>its fingerprint does not match its key</source>
        <translation>ihr Fingerabdruck passt nicht zu ihrem Schlüssel</translation>
    </message>
</context>
<context>
    <name>SigningText</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is in format “%1”, and this version of Attest reads “%2”</source>
        <translation>sie hat das Format „%1“, diese Version von Attest liest „%2“</translation>
    </message>
    <message>
        <source>its first line is not “%1”</source>
        <translation>ihre erste Zeile ist nicht „%1“</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1 is not “Name: value”</source>
        <translation>Zeile %1 hat nicht die Form „Name: value“</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>„%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>“%1” is far too large to be a signature or key file.</source>
        <translation>„%1“ ist viel zu groß für eine Signatur- oder Schlüsseldatei.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SoaReport</name>
    <message>
        <source>Statement of Applicability — ISO/IEC 27001:2022</source>
        <translation>Erklärung zur Anwendbarkeit — ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>The information security management system, Annex A controls (ISO/IEC 27001:2022)</source>
        <translation>Das Informationssicherheits-Managementsystem, Maßnahmen nach Anhang A (ISO/IEC 27001:2022)</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Maßnahmen nach Anhang A</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>With a recorded decision</source>
        <translation>Mit erfasster Entscheidung</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Teilweise umgesetzt</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Nicht umgesetzt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Implementation is derived from the organisation-wide implementation of the controls mapped to each Annex A control, or taken from a justified manual assessment. Controls marked not applicable carry the justification recorded in the workspace.</source>
        <translation>Die Umsetzung ergibt sich aus der organisationsweiten Umsetzung der jeder Anhang-A-Maßnahme zugeordneten Kontrollen oder aus einer begründeten manuellen Bewertung. Als nicht anwendbar gekennzeichnete Maßnahmen tragen die im Arbeitsbereich erfasste Begründung.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Umgesetzt durch</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Annex A</source>
        <translation>Anhang A</translation>
    </message>
</context>
<context>
    <name>StatementOfApplicability</name>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Teilweise umgesetzt</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Nicht umgesetzt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>This workspace has no ISO/IEC 27001:2022 catalog.</source>
        <translation>Dieser Arbeitsbereich hat keinen Katalog ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>The Statement of Applicability could not be read.</source>
        <translation>Die Erklärung zur Anwendbarkeit konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <translation>%1 (abgelaufen %2)</translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
</context>
<context>
    <name>SystemExport</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>SystemImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Problems found: %1; nothing was imported.</source>
        <translation>Gefundene Probleme: %1; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one row per AI system.</source>
        <translation>Die Datei ist leer: sie braucht eine Kopfzeile und eine Zeile pro KI-System.</translation>
    </message>
    <message>
        <source>the column “%1” is not a field of an AI system (known columns: %2)</source>
        <translation>die Spalte „%1“ ist kein Feld eines KI-Systems (bekannte Spalten: %2)</translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation>die Spalte „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>there is no “code” column: every row needs a unique code</source>
        <translation>es gibt keine Spalte „code“: jede Zeile braucht einen eindeutigen Code</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>der Code ist leer</translation>
    </message>
    <message>
        <source>the code “%1” already appears on line %2</source>
        <translation>der Code „%1“ kommt bereits in Zeile %2 vor</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Import AI systems from %1 (%2 new, %3 updated)</source>
        <translation>KI-Systeme aus %1 importieren (%2 neu, %3 aktualisiert)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Rows read: %1; %2 new, %3 updated, %4 unchanged.</source>
        <translation>Gelesene Zeilen: %1; %2 neu, %3 aktualisiert, %4 unverändert.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
</context>
<context>
    <name>SystemRecordRepository</name>
    <message>
        <source>The %1 could not be read.</source>
        <translation>Der Bereich „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not a field of the %2.</source>
        <translation>„%1“ ist kein Feld des Bereichs „%2“.</translation>
    </message>
    <message>
        <source>The AI system no longer exists; it may have been deleted.</source>
        <translation>Das KI-System existiert nicht mehr; es wurde möglicherweise gelöscht.</translation>
    </message>
</context>
<context>
    <name>SystemReports</name>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>AI system dossier</source>
        <translation>KI-System-Dossier</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>KI-System %1</translation>
    </message>
    <message>
        <source>About this dossier</source>
        <translation>Über dieses Dossier</translation>
    </message>
    <message>
        <source>The record of one AI system, arranged after the nine sections of the technical documentation in Annex IV of the EU AI Act (Regulation (EU) 2024/1689), followed by its controls, evidence, open findings and the changes recorded in the audit trail. Items the workspace does not hold are marked &quot;not recorded&quot;.</source>
        <translation>Die Dokumentation eines KI-Systems, gegliedert nach den neun Abschnitten der technischen Dokumentation gemäß Anhang IV der EU-KI-Verordnung (Verordnung (EU) 2024/1689), gefolgt von seinen Maßnahmen, Nachweisen, offenen Feststellungen und den im Prüfpfad aufgezeichneten Änderungen. Angaben, die der Arbeitsbereich nicht enthält, sind mit „nicht erfasst“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>EU AI Act risk tier</source>
        <translation>Risikostufe nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlich verantwortlich</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technisch verantwortlich</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation>%1 Version %2: %3</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>1. General description</source>
        <translation>1. Allgemeine Beschreibung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Intended purpose</source>
        <translation>Zweckbestimmung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Interaction with other hardware, software and AI systems</source>
        <translation>Interaktion mit anderer Hardware, Software und anderen KI-Systemen</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>%1 %2: %3 on %4</source>
        <translation>%1 %2: %3 am %4</translation>
    </message>
    <message>
        <source>tested</source>
        <translation>getestet</translation>
    </message>
    <message>
        <source>2. Elements and development process</source>
        <translation>2. Bestandteile und Entwicklungsprozess</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>Modelltyp</translation>
    </message>
    <message>
        <source>Pre-trained models and third-party tools</source>
        <translation>Vortrainierte Modelle und Werkzeuge Dritter</translation>
    </message>
    <message>
        <source>Data and provenance</source>
        <translation>Daten und Herkunft</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Human oversight</source>
        <translation>Menschliche Aufsicht</translation>
    </message>
    <message>
        <source>Tests of the controls it relies on</source>
        <translation>Tests der Maßnahmen, auf die es sich stützt</translation>
    </message>
    <message>
        <source>Validated changes</source>
        <translation>Validierte Änderungen</translation>
    </message>
    <message>
        <source>%1 version %2, validated by %3</source>
        <translation>%1 Version %2, validiert von %3</translation>
    </message>
    <message>
        <source>Cybersecurity and other implemented controls</source>
        <translation>Cybersicherheit und weitere umgesetzte Maßnahmen</translation>
    </message>
    <message>
        <source>%1 controls (listed in “Controls and their status”)</source>
        <translation>%1 Maßnahmen (aufgeführt unter „Maßnahmen und ihr Status“)</translation>
    </message>
    <message>
        <source>3. Monitoring, functioning and control</source>
        <translation>3. Überwachung, Funktionsweise und Kontrolle</translation>
    </message>
    <message>
        <source>Monitoring in place</source>
        <translation>Vorhandene Überwachung</translation>
    </message>
    <message>
        <source>Human oversight measures</source>
        <translation>Maßnahmen zur menschlichen Aufsicht</translation>
    </message>
    <message>
        <source>Automated decisions (GDPR Art. 22)</source>
        <translation>Automatisierte Entscheidungen (DSGVO Art. 22)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>4. Performance metrics</source>
        <translation>4. Leistungskennzahlen</translation>
    </message>
    <message>
        <source>5. Risk management system</source>
        <translation>5. Risikomanagementsystem</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Nicht geschlossen</translation>
    </message>
    <message>
        <source>6. Changes over the lifecycle</source>
        <translation>6. Änderungen im Lebenszyklus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was wurde geändert</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validiert von</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Changes to this record in the audit trail (newest first)</source>
        <translation>Änderungen an diesem Datensatz im Prüfpfad (neueste zuerst)</translation>
    </message>
    <message>
        <source>The newest %1 of %2 events; the audit-trail extract report gives every one.</source>
        <translation>Die neuesten %1 von %2 Ereignissen; der Bericht „Auszug aus dem Prüfpfad“ enthält alle.</translation>
    </message>
    <message>
        <source>7. Frameworks and standards applied</source>
        <translation>7. Angewandte Rahmenwerke und Normen</translation>
    </message>
    <message>
        <source>Framework coverage</source>
        <translation>Abdeckung der Rahmenwerke</translation>
    </message>
    <message>
        <source>8. EU declaration of conformity</source>
        <translation>8. EU-Konformitätserklärung</translation>
    </message>
    <message>
        <source>9. Post-market monitoring</source>
        <translation>9. Beobachtung nach dem Inverkehrbringen</translation>
    </message>
    <message>
        <source>Controls and their status</source>
        <translation>Maßnahmen und ihr Status</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>This system</source>
        <translation>Dieses System</translation>
    </message>
    <message>
        <source>Organisation-wide</source>
        <translation>Organisationsweit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Collected %1; valid until %2</source>
        <translation>Erhoben am %1; gültig bis %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Evidence linked to this system, and the organisation-wide evidence of the controls it relies on. A file&apos;s SHA-256 is the one recorded when it was stored; Attest checks it whenever the file is read back.</source>
        <translation>Mit diesem System verknüpfte Nachweise sowie die organisationsweiten Nachweise der Maßnahmen, auf die es sich stützt. Der SHA-256-Wert einer Datei ist der beim Speichern erfasste; Attest prüft ihn bei jedem erneuten Lesen der Datei.</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Feststellungen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Keine offenen Feststellungen.</translation>
    </message>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Es gibt kein KI-System mit der ID %1.</translation>
    </message>
    <message>
        <source>The HIPAA Security Rule catalog is not in this workspace; load the shipped catalogs first.</source>
        <translation>Der Katalog der HIPAA Security Rule ist in diesem Arbeitsbereich nicht vorhanden; laden Sie zuerst die mitgelieferten Kataloge.</translation>
    </message>
    <message>
        <source>HIPAA Security Rule risk analysis</source>
        <translation>Risikoanalyse nach der HIPAA Security Rule</translation>
    </message>
    <message>
        <source>AI system %1, which handles ePHI</source>
        <translation>KI-System %1, das ePHI verarbeitet</translation>
    </message>
    <message>
        <source>AI system %1 (its inventory entry does not record ePHI)</source>
        <translation>KI-System %1 (sein Inventareintrag weist keine ePHI aus)</translation>
    </message>
    <message>
        <source>No AI system in force handles ePHI</source>
        <translation>Kein KI-System im Einsatz verarbeitet ePHI</translation>
    </message>
    <message>
        <source>AI systems handling ePHI: %1</source>
        <translation>KI-Systeme, die ePHI verarbeiten: %1</translation>
    </message>
    <message>
        <source>Scope and method</source>
        <translation>Umfang und Methode</translation>
    </message>
    <message>
        <source>An assessment of the potential risks and vulnerabilities to the confidentiality, integrity and availability of electronic protected health information (ePHI) held by the AI systems below, as 45 CFR 164.308(a)(1)(ii)(A) requires (Risk analysis, Required). The elements follow the guidance of the HHS Office for Civil Rights.</source>
        <translation>Eine Bewertung der potenziellen Risiken und Schwachstellen für die Vertraulichkeit, Integrität und Verfügbarkeit elektronischer geschützter Gesundheitsinformationen (ePHI), die von den unten aufgeführten KI-Systemen vorgehalten werden, wie in 45 CFR 164.308(a)(1)(ii)(A) gefordert (Risk analysis, Erforderlich). Die Elemente folgen den Leitlinien des HHS Office for Civil Rights.</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>deployment not recorded</source>
        <translation>Bereitstellung nicht erfasst</translation>
    </message>
    <message>
        <source>data sources not recorded</source>
        <translation>Datenquellen nicht erfasst</translation>
    </message>
    <message>
        <source>1. Scope</source>
        <translation>1. Umfang</translation>
    </message>
    <message>
        <source>2. Where ePHI is stored, received, maintained and transmitted</source>
        <translation>2. Wo ePHI gespeichert, empfangen, vorgehalten und übermittelt werden</translation>
    </message>
    <message>
        <source>3. Threats and vulnerabilities</source>
        <translation>3. Bedrohungen und Schwachstellen</translation>
    </message>
    <message>
        <source>The risk register of each system (below).</source>
        <translation>Das Risikoregister jedes Systems (siehe unten).</translation>
    </message>
    <message>
        <source>4. Current security measures</source>
        <translation>4. Aktuelle Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>The status of each Security Rule standard and implementation specification (below).</source>
        <translation>Der Status jedes Standards und jeder Implementierungsspezifikation der Security Rule (siehe unten).</translation>
    </message>
    <message>
        <source>5–7. Likelihood, impact and risk level</source>
        <translation>5–7. Eintrittswahrscheinlichkeit, Auswirkung und Risikoniveau</translation>
    </message>
    <message>
        <source>Scored on the organisation&apos;s risk matrix; corrective actions are each risk&apos;s treatment and controls.</source>
        <translation>Bewertet mit der Risikomatrix der Organisation; Korrekturmaßnahmen sind die Behandlung und die Maßnahmen des jeweiligen Risikos.</translation>
    </message>
    <message>
        <source>8. Documentation</source>
        <translation>8. Dokumentation</translation>
    </message>
    <message>
        <source>This document, generated from the workspace named on the cover.</source>
        <translation>Dieses Dokument, erzeugt aus dem auf dem Deckblatt genannten Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1: next review %2</source>
        <translation>%1: nächste Überprüfung %2</translation>
    </message>
    <message>
        <source>Available to (164.316(b)(2)(ii))</source>
        <translation>Verfügbar für (164.316(b)(2)(ii))</translation>
    </message>
    <message>
        <source>Those responsible for the procedures it concerns: %1</source>
        <translation>Die für die betroffenen Verfahren Verantwortlichen: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellung</translation>
    </message>
    <message>
        <source>Keep until (164.316(b)(2)(i))</source>
        <translation>Aufbewahren bis (164.316(b)(2)(i))</translation>
    </message>
    <message>
        <source>At least %1: six years from creation or from when it was last in effect, whichever is later.</source>
        <translation>Mindestens bis %1: sechs Jahre ab Erstellung oder ab dem Zeitpunkt, zu dem es zuletzt in Kraft war, je nachdem, welcher Zeitpunkt später liegt.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Standard or specification</source>
        <translation>Standard oder Spezifikation</translation>
    </message>
    <message>
        <source>R/A</source>
        <translation>Erf./Adr.</translation>
    </message>
    <message>
        <source>%1: safeguards</source>
        <translation>%1: Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>%1 safeguards</source>
        <translation>Schutzmaßnahmen (%1)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Addressable</source>
        <translation>Adressierbar</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>Teilweise konform</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>%1: threats, vulnerabilities and risk levels</source>
        <translation>%1: Bedrohungen, Schwachstellen und Risikoniveaus</translation>
    </message>
    <message>
        <source>9. Periodic review and update (164.316(b)(2)(iii))</source>
        <translation>9. Regelmäßige Überprüfung und Aktualisierung (164.316(b)(2)(iii))</translation>
    </message>
</context>
<context>
    <name>SystemRepository</name>
    <message>
        <source>The code “%1” is already used by another AI system.</source>
        <translation>Der Code „%1“ wird bereits von einem anderen KI-System verwendet.</translation>
    </message>
    <message>
        <source>The inventory could not be read.</source>
        <translation>Das Inventar konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The AI system no longer exists; it may have been deleted.</source>
        <translation>Das KI-System existiert nicht mehr; es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Create AI system %1</source>
        <translation>KI-System %1 anlegen</translation>
    </message>
    <message>
        <source>Edit AI system %1</source>
        <translation>KI-System %1 bearbeiten</translation>
    </message>
    <message>
        <source>Retire AI system %1</source>
        <translation>KI-System %1 stilllegen</translation>
    </message>
    <message>
        <source>Delete AI system %1</source>
        <translation>KI-System %1 löschen</translation>
    </message>
    <message>
        <source>This AI system has %1 compliance record(s) (frameworks, controls, assessments, evidence, findings, risks, a data-protection record or technical documentation). Retire it instead: retiring keeps the system and its history.</source>
        <translation>Zu diesem KI-System gehören Compliance-Einträge (Anzahl: %1; Rahmenwerke, Maßnahmen, Bewertungen, Nachweise, Feststellungen, Risiken, eine Datenschutzdokumentation oder technische Dokumentation). Legen Sie es stattdessen still: Beim Stilllegen bleiben das System und sein Verlauf erhalten.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>TierAssistant</name>
    <message>
        <source>Does it use subliminal, manipulative or deceptive techniques that distort people&apos;s behaviour and can cause significant harm?</source>
        <translation>Setzt es Techniken der unterschwelligen Beeinflussung oder manipulative oder täuschende Techniken ein, die das Verhalten von Personen wesentlich verändern und erheblichen Schaden verursachen können?</translation>
    </message>
    <message>
        <source>Does it exploit vulnerabilities due to age, disability or a social or economic situation in a way that can cause significant harm?</source>
        <translation>Nutzt es die Vulnerabilität oder Schutzbedürftigkeit von Personen aufgrund ihres Alters, einer Behinderung oder einer sozialen oder wirtschaftlichen Situation auf eine Weise aus, die erheblichen Schaden verursachen kann?</translation>
    </message>
    <message>
        <source>Does it score or classify people by their social behaviour or personal traits, leading to unjustified or disproportionate detrimental treatment (social scoring)?</source>
        <translation>Bewertet oder klassifiziert es Personen anhand ihres sozialen Verhaltens oder ihrer persönlichen Eigenschaften, mit der Folge einer ungerechtfertigten oder unverhältnismäßigen Schlechterstellung oder Benachteiligung (Bewertung des sozialen Verhaltens, Social Scoring)?</translation>
    </message>
    <message>
        <source>Does it predict whether a person will commit a crime based solely on profiling or personality traits?</source>
        <translation>Sagt es vorher, ob eine Person eine Straftat begehen wird, und zwar ausschließlich auf der Grundlage von Profiling oder von Persönlichkeitsmerkmalen?</translation>
    </message>
    <message>
        <source>Does it build facial recognition databases by untargeted scraping of images from the internet or CCTV?</source>
        <translation>Erstellt es Datenbanken zur Gesichtserkennung durch das ungezielte Auslesen von Bildern aus dem Internet oder von Überwachungsaufnahmen?</translation>
    </message>
    <message>
        <source>Does it infer emotions of people at work or in education (other than for medical or safety reasons)?</source>
        <translation>Leitet es Emotionen von Personen am Arbeitsplatz oder in Bildungseinrichtungen ab (außer aus medizinischen Gründen oder Sicherheitsgründen)?</translation>
    </message>
    <message>
        <source>Does it categorise people by biometric data to infer race, political opinions, union membership, religion, sex life or sexual orientation?</source>
        <translation>Kategorisiert es Personen anhand biometrischer Daten, um ihre Rasse, politischen Einstellungen, Gewerkschaftszugehörigkeit, religiösen Überzeugungen, ihr Sexualleben oder ihre sexuelle Ausrichtung abzuleiten?</translation>
    </message>
    <message>
        <source>Is it used for real-time remote biometric identification in publicly accessible spaces for law enforcement (outside the narrow exceptions)?</source>
        <translation>Wird es zur biometrischen Echtzeit-Fernidentifizierung in öffentlich zugänglichen Räumen zu Strafverfolgungszwecken verwendet (außerhalb der eng gefassten Ausnahmen)?</translation>
    </message>
    <message>
        <source>Is it a product, or a safety component of a product, covered by the EU harmonisation legislation in Annex I (e.g. machinery, toys, medical devices, lifts, radio equipment, vehicles) that needs a third-party conformity assessment?</source>
        <translation>Ist es ein Produkt oder ein Sicherheitsbauteil eines Produkts, das unter die Harmonisierungsrechtsvorschriften der Union in Anhang I fällt (z. B. Maschinen, Spielzeug, Medizinprodukte, Aufzüge, Funkanlagen, Fahrzeuge) und einer Konformitätsbewertung durch Dritte bedarf?</translation>
    </message>
    <message>
        <source>Biometrics: remote biometric identification, biometric categorisation, or emotion recognition?</source>
        <translation>Biometrie: biometrische Fernidentifizierung, biometrische Kategorisierung oder Emotionserkennung?</translation>
    </message>
    <message>
        <source>Critical infrastructure: a safety component in managing digital infrastructure, road traffic, or the supply of water, gas, heating or electricity?</source>
        <translation>Kritische Infrastruktur: ein Sicherheitsbauteil bei der Verwaltung und dem Betrieb digitaler Infrastruktur, des Straßenverkehrs oder der Wasser-, Gas-, Wärme- oder Stromversorgung?</translation>
    </message>
    <message>
        <source>Education: deciding access or admission, evaluating learning outcomes, or monitoring students during tests?</source>
        <translation>Allgemeine und berufliche Bildung: Entscheidung über Zugang oder Zulassung, Bewertung von Lernergebnissen oder Überwachung von Schülern und Studierenden bei Prüfungen?</translation>
    </message>
    <message>
        <source>Employment: recruiting or selecting people (e.g. screening CVs, ranking candidates), deciding on promotion or termination, allocating tasks, or monitoring and evaluating workers?</source>
        <translation>Beschäftigung und Personalmanagement: Einstellung oder Auswahl von Personen (z. B. Sichten von Lebensläufen, Reihung von Bewerbern), Entscheidungen über Beförderung oder Kündigung, Zuweisung von Aufgaben oder Beobachtung und Bewertung von Beschäftigten?</translation>
    </message>
    <message>
        <source>Essential services: eligibility for public benefits, creditworthiness or credit scoring, risk and pricing of life and health insurance, or prioritising emergency calls?</source>
        <translation>Grundlegende Dienste und Leistungen: Anspruch auf öffentliche Unterstützungsleistungen, Kreditwürdigkeit oder Bonitätsbewertung, Risikobewertung und Preisbildung bei Lebens- und Krankenversicherungen oder Priorisierung von Notrufen?</translation>
    </message>
    <message>
        <source>Law enforcement: assessing the risk of victims or offenders, polygraphs, evaluating evidence, or profiling in criminal investigations?</source>
        <translation>Strafverfolgung: Risikobewertung in Bezug auf Opfer oder Täter, Lügendetektoren, Bewertung von Beweismitteln oder Profiling bei strafrechtlichen Ermittlungen?</translation>
    </message>
    <message>
        <source>Migration, asylum and border control: risk assessments, examining applications, or identifying people?</source>
        <translation>Migration, Asyl und Grenzkontrolle: Risikobewertungen, Prüfung von Anträgen oder Identifizierung von Personen?</translation>
    </message>
    <message>
        <source>Justice and democracy: assisting judges in researching and applying the law, or influencing elections and voting behaviour?</source>
        <translation>Rechtspflege und demokratische Prozesse: Unterstützung von Justizbehörden bei der Ermittlung und Anwendung des Rechts oder Beeinflussung von Wahlen und Wahlverhalten?</translation>
    </message>
    <message>
        <source>Does it only perform a narrow procedural task?</source>
        <translation>Führt es nur eine eng gefasste Verfahrensaufgabe aus?</translation>
    </message>
    <message>
        <source>Does it only improve the result of an activity a person has already completed?</source>
        <translation>Verbessert es nur das Ergebnis einer zuvor abgeschlossenen menschlichen Tätigkeit?</translation>
    </message>
    <message>
        <source>Does it only detect decision patterns or deviations, without replacing or influencing the human assessment made before it?</source>
        <translation>Erkennt es nur Entscheidungsmuster oder Abweichungen davon, ohne die zuvor abgeschlossene menschliche Bewertung zu ersetzen oder zu beeinflussen?</translation>
    </message>
    <message>
        <source>Does it only perform a preparatory task for an assessment in one of those areas?</source>
        <translation>Führt es nur eine vorbereitende Aufgabe für eine Bewertung in einem dieser Bereiche aus?</translation>
    </message>
    <message>
        <source>Does it profile natural persons? (Then the exceptions above do not apply.)</source>
        <translation>Nimmt es ein Profiling natürlicher Personen vor? (Dann gelten die obigen Ausnahmen nicht.)</translation>
    </message>
    <message>
        <source>Is it a general-purpose AI model, able to perform a wide range of distinct tasks, that you place on the market or integrate?</source>
        <translation>Ist es ein KI-Modell mit allgemeinem Verwendungszweck, das ein breites Spektrum unterschiedlicher Aufgaben erfüllen kann und das selbst in Verkehr gebracht oder integriert wird?</translation>
    </message>
    <message>
        <source>Does it interact directly with people (e.g. a chatbot or voice assistant)?</source>
        <translation>Interagiert es direkt mit Personen (z. B. als Chatbot oder Sprachassistent)?</translation>
    </message>
    <message>
        <source>Does it generate or manipulate images, audio, video or text (including deepfakes, or text published to inform the public)?</source>
        <translation>Erzeugt oder manipuliert es Bild-, Audio-, Video- oder Textinhalte (einschließlich Deepfakes oder Texten, die zur Information der Öffentlichkeit veröffentlicht werden)?</translation>
    </message>
    <message>
        <source>Does it recognise emotions or categorise people by biometric data (where that is not prohibited)?</source>
        <translation>Erkennt es Emotionen oder kategorisiert es Personen anhand biometrischer Daten (soweit dies nicht verboten ist)?</translation>
    </message>
    <message>
        <source>Prohibited practices (Art. 5)</source>
        <translation>Verbotene Praktiken (Art. 5)</translation>
    </message>
    <message>
        <source>Products under EU safety legislation (Annex I)</source>
        <translation>Produkte nach EU-Sicherheitsvorschriften (Anhang I)</translation>
    </message>
    <message>
        <source>High-risk areas (Annex III)</source>
        <translation>Hochrisiko-Bereiche (Anhang III)</translation>
    </message>
    <message>
        <source>Exceptions for Annex III systems (Art. 6(3))</source>
        <translation>Ausnahmen für Systeme nach Anhang III (Art. 6(3))</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profiling</translation>
    </message>
    <message>
        <source>General-purpose AI</source>
        <translation>KI-Modell mit allgemeinem Verwendungszweck</translation>
    </message>
    <message>
        <source>Transparency cases (Art. 50)</source>
        <translation>Transparenzfälle (Art. 50)</translation>
    </message>
    <message>
        <source>The transparency obligations of Art. 50 apply as well (%1).</source>
        <translation>Die Transparenzpflichten nach Art. 50 gelten zusätzlich (%1).</translation>
    </message>
    <message>
        <source>It falls under a prohibited practice (%1): it may not be placed on the market, put into service or used in the EU.</source>
        <translation>Es fällt unter eine verbotene Praktik (%1): es darf in der EU weder in Verkehr gebracht noch in Betrieb genommen oder verwendet werden.</translation>
    </message>
    <message>
        <source>It is a product or safety component under Annex I legislation needing third-party conformity assessment: high-risk under Art. 6(1).</source>
        <translation>Es ist ein Produkt oder Sicherheitsbauteil nach den Rechtsvorschriften in Anhang I, das einer Konformitätsbewertung durch Dritte bedarf: hohes Risiko nach Art. 6(1).</translation>
    </message>
    <message>
        <source>It is used in a high-risk area listed in %1: high-risk under Art. 6(2).</source>
        <translation>Es wird in einem Hochrisiko-Bereich nach %1 eingesetzt: hohes Risiko nach Art. 6(2).</translation>
    </message>
    <message>
        <source>It profiles natural persons, so the Art. 6(3) exceptions (%1) do not apply.</source>
        <translation>Es nimmt ein Profiling natürlicher Personen vor, daher gelten die Ausnahmen nach Art. 6(3) (%1) nicht.</translation>
    </message>
    <message>
        <source>It is used in a high-risk area (%1), but an Art. 6(3) exception applies (%2) and it does not profile people: not high-risk. Document this assessment (Art. 6(4)) and register it.</source>
        <translation>Es wird in einem Hochrisiko-Bereich eingesetzt (%1), aber eine Ausnahme nach Art. 6(3) greift (%2) und es nimmt kein Profiling von Personen vor: kein hohes Risiko. Diese Bewertung dokumentieren (Art. 6(4)) und das System registrieren.</translation>
    </message>
    <message>
        <source>It is a general-purpose AI model: the obligations of Art. 53 apply (and Art. 55 if it has systemic risk).</source>
        <translation>Es ist ein KI-Modell mit allgemeinem Verwendungszweck: die Pflichten nach Art. 53 gelten (bei systemischem Risiko zusätzlich Art. 55).</translation>
    </message>
    <message>
        <source>It is a transparency case (%1): people must be told they deal with AI or AI-generated content.</source>
        <translation>Es ist ein Transparenzfall (%1): Personen müssen darüber informiert werden, dass sie es mit KI oder KI-generierten Inhalten zu tun haben.</translation>
    </message>
    <message>
        <source>None of the prohibited, high-risk, general-purpose or transparency cases applies: minimal risk. AI literacy (Art. 4) still applies; voluntary codes of conduct are encouraged.</source>
        <translation>Keiner der Fälle – verboten, hohes Risiko, allgemeiner Verwendungszweck oder Transparenz – trifft zu: minimales Risiko. KI-Kompetenz (Art. 4) gilt weiterhin; freiwillige Verhaltenskodizes werden empfohlen.</translation>
    </message>
    <message>
        <source>Art. 5(1)(a)</source>
        <translation>Art. 5(1)(a)</translation>
    </message>
    <message>
        <source>Art. 5(1)(b)</source>
        <translation>Art. 5(1)(b)</translation>
    </message>
    <message>
        <source>Art. 5(1)(c)</source>
        <translation>Art. 5(1)(c)</translation>
    </message>
    <message>
        <source>Art. 5(1)(d)</source>
        <translation>Art. 5(1)(d)</translation>
    </message>
    <message>
        <source>Art. 5(1)(e)</source>
        <translation>Art. 5(1)(e)</translation>
    </message>
    <message>
        <source>Art. 5(1)(f)</source>
        <translation>Art. 5(1)(f)</translation>
    </message>
    <message>
        <source>Art. 5(1)(g)</source>
        <translation>Art. 5(1)(g)</translation>
    </message>
    <message>
        <source>Art. 5(1)(h)</source>
        <translation>Art. 5(1)(h)</translation>
    </message>
    <message>
        <source>Art. 6(1), Annex I</source>
        <translation>Art. 6(1), Anhang I</translation>
    </message>
    <message>
        <source>Annex III(1)</source>
        <translation>Anhang III(1)</translation>
    </message>
    <message>
        <source>Annex III(2)</source>
        <translation>Anhang III(2)</translation>
    </message>
    <message>
        <source>Annex III(3)</source>
        <translation>Anhang III(3)</translation>
    </message>
    <message>
        <source>Annex III(4)</source>
        <translation>Anhang III(4)</translation>
    </message>
    <message>
        <source>Annex III(5)</source>
        <translation>Anhang III(5)</translation>
    </message>
    <message>
        <source>Annex III(6)</source>
        <translation>Anhang III(6)</translation>
    </message>
    <message>
        <source>Annex III(7)</source>
        <translation>Anhang III(7)</translation>
    </message>
    <message>
        <source>Annex III(8)</source>
        <translation>Anhang III(8)</translation>
    </message>
    <message>
        <source>Art. 6(3)(a)</source>
        <translation>Art. 6(3)(a)</translation>
    </message>
    <message>
        <source>Art. 6(3)(b)</source>
        <translation>Art. 6(3)(b)</translation>
    </message>
    <message>
        <source>Art. 6(3)(c)</source>
        <translation>Art. 6(3)(c)</translation>
    </message>
    <message>
        <source>Art. 6(3)(d)</source>
        <translation>Art. 6(3)(d)</translation>
    </message>
    <message>
        <source>Art. 6(3), last subparagraph</source>
        <translation>Art. 6(3), last subparagraph</translation>
    </message>
    <message>
        <source>Art. 3(63), Art. 51–55</source>
        <translation>Art. 3(63), Art. 51–55</translation>
    </message>
    <message>
        <source>Art. 50(1)</source>
        <translation>Art. 50(1)</translation>
    </message>
    <message>
        <source>Art. 50(2), (4)</source>
        <translation>Art. 50(2), (4)</translation>
    </message>
    <message>
        <source>Art. 50(3)</source>
        <translation>Art. 50(3)</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The SQLite driver for Qt is missing. Install libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber für Qt fehlt. libqt6sql6-sqlite installieren.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The workspace is open read-only: %1</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>Internal error: a change is already in progress.</source>
        <translation>Interner Fehler: Es läuft bereits eine Änderung.</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>Die Änderung konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>Der Prüfpfad konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The SQLite driver did not provide a connection.</source>
        <translation>Der SQLite-Treiber hat keine Verbindung bereitgestellt.</translation>
    </message>
    <message>
        <source>Could not prepare the workspace connection.</source>
        <translation>Die Verbindung zum Arbeitsbereich konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>%1 The workspace file is damaged. Restore it from a backup.</source>
        <translation>%1 Die Arbeitsbereichsdatei ist beschädigt. Aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 Another program is using the workspace; try again in a moment.</source>
        <translation>%1 Ein anderes Programm verwendet den Arbeitsbereich; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>%1 The disk could not be read or written (is it full or removed?).</source>
        <translation>%1 Der Datenträger konnte nicht gelesen oder beschrieben werden (ist er voll oder entfernt?).</translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation>Keine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>The audit trail could not be read to the end.</source>
        <translation>Der Prüfpfad konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not an Attest workspace.</source>
        <translation>„%1“ ist leer: es ist kein Attest-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is not an Attest workspace (it is not a SQLite database).</source>
        <translation>„%1“ ist kein Attest-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database, but not an Attest workspace.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Attest-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” belongs to another application (application id 0x%2); it is not an Attest workspace.</source>
        <translation>„%1“ gehört zu einer anderen Anwendung (Anwendungs-ID 0x%2); es ist kein Attest-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Attest (workspace format %2; this version reads formats up to %3). Install the newer Attest to open it; the file has not been changed.</source>
        <translation>„%1“ wurde mit einer neueren Version von Attest gespeichert (Arbeitsbereichsformat %2; diese Version liest Formate bis %3). Zum Öffnen die neuere Version von Attest installieren; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it should hold %2 bytes but has only %3. Restore it from a backup; the file has not been changed.</source>
        <translation>„%1“ ist abgeschnitten: die Datei sollte %2 Bytes enthalten, hat aber nur %3. Aus einer Sicherung wiederherstellen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is an incomplete Attest workspace (it has no schema). Restore it from a backup.</source>
        <translation>„%1“ ist ein unvollständiger Attest-Arbeitsbereich (ohne Schema). Aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>“%1” is open in another running Attest (process %2 on %3). Close it there, or open this workspace read-only.</source>
        <translation>„%1“ ist in einer anderen laufenden Attest-Instanz geöffnet (Prozess %2 auf %3). Dort schließen oder diesen Arbeitsbereich schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>the folder of “%1” is not writable</source>
        <translation>der Ordner von „%1“ ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>The workspace could not be prepared.</source>
        <translation>Der Arbeitsbereich konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an Attest workspace.</source>
        <translation>„%1“ konnte nicht als Attest-Arbeitsbereich gelesen werden.</translation>
    </message>
    <message>
        <source>The workspace identity could not be read.</source>
        <translation>Die Identität des Arbeitsbereichs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” already exists; Attest never overwrites a workspace. Choose another file name.</source>
        <translation>„%1“ existiert bereits; Attest überschreibt nie einen Arbeitsbereich. Einen anderen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>The folder for “%1” could not be created.</source>
        <translation>Der Ordner für „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2.</source>
        <translation>„%1“ kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created.</source>
        <translation>Der Arbeitsbereich „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>Unter „%1“ gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an Attest workspace.</source>
        <translation>„%1“ ist ein Ordner, kein Attest-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>er wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>sein Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format (%2) that must be upgraded, but %3. Copy it to a writable folder and open the copy.</source>
        <translation>„%1“ verwendet ein älteres Arbeitsbereichsformat (%2), das aktualisiert werden muss, aber %3. Die Datei in einen beschreibbaren Ordner kopieren und die Kopie öffnen.</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format (%2) and needs an upgrade.</source>
        <translation>„%1“ verwendet ein älteres Arbeitsbereichsformat (%2) und muss aktualisiert werden.</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be written before the upgrade; the workspace has not been changed.</source>
        <translation>Vor der Aktualisierung konnte keine Sicherung von „%1“ geschrieben werden; der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from format %2 to %3; it has not been changed (a backup is at “%4”).</source>
        <translation>„%1“ konnte nicht von Format %2 auf %3 aktualisiert werden; die Datei wurde nicht verändert (eine Sicherung liegt unter „%4“).</translation>
    </message>
    <message>
        <source>Choose a different file: “%1” is the open workspace.</source>
        <translation>Eine andere Datei wählen: „%1“ ist der geöffnete Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is open in another running Attest; it cannot be replaced.</source>
        <translation>„%1“ ist in einer anderen laufenden Attest-Instanz geöffnet und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written.</source>
        <translation>Die Kopie „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The copy could not be saved as “%1”.</source>
        <translation>Die Kopie konnte nicht als „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses a different SQLite than Attest (%1 and %2); install Attest built for this system.</source>
        <translation>Der SQLite-Treiber von Qt verwendet ein anderes SQLite als Attest (%1 und %2); ein für dieses System gebautes Attest installieren.</translation>
    </message>
    <message>
        <source>Cannot write in the folder of “%1”.</source>
        <translation>Im Ordner von „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 The workspace file is damaged or has been tampered with. Restore it from a backup; the file has not been changed.</source>
        <translation>%1 Die Datei des Arbeitsbereichs ist beschädigt oder wurde manipuliert. Stellen Sie sie aus einer Sicherung wieder her; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>its length is not a whole number of pages</source>
        <translation>ihre Länge ist kein Vielfaches der Seitengröße</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its first page does not authenticate</source>
        <translation>ihre erste Seite lässt sich nicht authentifizieren</translation>
    </message>
    <message>
        <source>its pages do not authenticate</source>
        <translation>ihre Seiten lassen sich nicht authentifizieren</translation>
    </message>
    <message>
        <source>The encryption of “%1” could not be set up.</source>
        <translation>Die Verschlüsselung von „%1“ konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>it is shorter than its pages say</source>
        <translation>sie ist kürzer, als ihre Seiten angeben</translation>
    </message>
    <message>
        <source>Choose a key or a passphrase to encrypt “%1” with.</source>
        <translation>Wählen Sie einen Schlüssel oder eine Passphrase, um „%1“ zu verschlüsseln.</translation>
    </message>
    <message>
        <source>Writing “%1” was cancelled.</source>
        <translation>Das Schreiben von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>it is being verified</source>
        <translation>sie wird geprüft</translation>
    </message>
    <message>
        <source>“%1” is not encrypted.</source>
        <translation>„%1“ ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>The last key of an encrypted workspace cannot be removed: nothing could open it.</source>
        <translation>Der letzte Schlüssel eines verschlüsselten Arbeitsbereichs kann nicht entfernt werden: Nichts könnte ihn mehr öffnen.</translation>
    </message>
    <message>
        <source>A keychain key has 32 bytes.</source>
        <translation>Ein Schlüssel aus dem Schlüsselbund hat 32 Bytes.</translation>
    </message>
    <message>
        <source>“%1” changed while its key was being replaced.</source>
        <translation>„%1“ wurde geändert, während sein Schlüssel ersetzt wurde.</translation>
    </message>
    <message>
        <source>The re-encrypted “%1” could not be put in place.</source>
        <translation>Das neu verschlüsselte „%1“ konnte nicht an seinen Platz gestellt werden.</translation>
    </message>
</context>
<context>
    <name>WorkspaceExportLog</name>
    <message>
        <source>“%1” is not encrypted: save a copy of it instead.</source>
        <translation>„%1“ ist nicht verschlüsselt: speichern Sie stattdessen eine Kopie davon.</translation>
    </message>
    <message>
        <source>A decrypted copy is recorded in the workspace&apos;s audit trail, but the workspace is read-only: %1.</source>
        <translation>Eine entschlüsselte Kopie wird im Prüfpfad des Arbeitsbereichs aufgezeichnet, aber der Arbeitsbereich ist schreibgeschützt: %1.</translation>
    </message>
    <message>
        <source>Write a decrypted (unencrypted) copy of the workspace to %1</source>
        <translation>Entschlüsselte (unverschlüsselte) Kopie des Arbeitsbereichs nach %1 schreiben</translation>
    </message>
    <message>
        <source>The decrypted copy to %1 was not written</source>
        <translation>Die entschlüsselte Kopie nach %1 wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>WorkspaceKeyStore</name>
    <message>
        <source>The keychain did not answer within %1 seconds; it may be waiting to be unlocked.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet; möglicherweise wartet er darauf, entsperrt zu werden.</translation>
    </message>
    <message>
        <source>The keychain refused access to the workspace key (%1). Unlock the keychain (on Linux, the login keyring) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den Schlüssel des Arbeitsbereichs verweigert (%1). Entsperren Sie den Schlüsselbund (unter Linux den Anmelde-Schlüsselbund) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available to hold the workspace key (%1). On Linux the keychain is a Secret Service such as GNOME Keyring or KWallet in a desktop session.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, der den Schlüssel des Arbeitsbereichs aufnehmen kann (%1). Unter Linux ist der Schlüsselbund ein Secret Service wie GNOME Keyring oder KWallet innerhalb einer Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain can be reached</source>
        <translation>es gibt keine D-Bus-Sitzung (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt), daher ist kein Schlüsselbund erreichbar</translation>
    </message>
    <message>
        <source>the D-Bus session cannot be reached (%1)</source>
        <translation>die D-Bus-Sitzung ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>no keychain service (Secret Service, KWallet) runs in this D-Bus session</source>
        <translation>in dieser D-Bus-Sitzung läuft kein Schlüsselbund-Dienst (Secret Service, KWallet)</translation>
    </message>
    <message>
        <source>The workspace key in the keychain is damaged; Attest will not replace it by itself. Open the workspace with its recovery passphrase, or remove the keychain entry “%1” of “%2”.</source>
        <translation>Der Schlüssel des Arbeitsbereichs im Schlüsselbund ist beschädigt; Attest ersetzt ihn nicht von sich aus. Öffnen Sie den Arbeitsbereich mit seiner Wiederherstellungs-Passphrase, oder entfernen Sie den Eintrag „%1“ von „%2“ aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>A workspace key has 32 bytes.</source>
        <translation>Ein Schlüssel für einen Arbeitsbereich hat 32 Bytes.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>Der Prüfpfad konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Internal error: “%1” is not a field of %2.</source>
        <translation>Interner Fehler: „%1“ ist kein Feld von %2.</translation>
    </message>
    <message>
        <source>The audit trail could not be written.</source>
        <translation>Der Prüfpfad konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A record could not be read.</source>
        <translation>Ein Datensatz konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Records could not be read.</source>
        <translation>Datensätze konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The record to restore already exists.</source>
        <translation>Der wiederherzustellende Datensatz existiert bereits.</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>Der Datensatz konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Der Datensatz existiert nicht mehr; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The record could not be deleted.</source>
        <translation>Der Datensatz konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write the spreadsheet “%1”: %2.</source>
        <translation>Die Tabellenkalkulationsdatei „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet “%1”.</source>
        <translation>Die Tabellenkalkulationsdatei „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The table “%1” has %2 rows, more than a spreadsheet can hold (%3). Export it as CSV instead.</source>
        <translation>Die Tabelle „%1“ hat %2 Zeilen, mehr als eine Tabellenkalkulation aufnehmen kann (%3). Exportieren Sie sie stattdessen als CSV.</translation>
    </message>
    <message>
        <source>Row %1, column “%2” of “%3” holds %4 characters, more than a spreadsheet cell can hold (%5). Export it as CSV instead.</source>
        <translation>Zeile %1, Spalte „%2“ von „%3“ enthält %4 Zeichen, mehr als eine Tabellenzelle aufnehmen kann (%5). Exportieren Sie stattdessen als CSV.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>„%1“ kann nicht geschrieben werden: es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ kann nicht geschrieben werden: der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>attest::AuditEventModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellung</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>KI-System</translation>
    </message>
    <message>
        <source>Change log entry</source>
        <translation>Änderungsprotokoll-Eintrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was wurde geändert</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validiert von</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>User action</source>
        <translation>Benutzeraktion</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Requirement mapping</source>
        <translation>Zuordnung von Anforderungen</translation>
    </message>
    <message>
        <source>Requirement assessment</source>
        <translation>Bewertung einer Anforderung</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>Anwendbarkeit</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Control implementation</source>
        <translation>Umsetzung einer Maßnahme</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Verknüpfung eines Nachweises</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Interview: system covered</source>
        <translation>Interview: behandeltes System</translation>
    </message>
    <message>
        <source>Interview: interviewee</source>
        <translation>Interview: befragte Person</translation>
    </message>
    <message>
        <source>Interview answer</source>
        <translation>Antwort im Interview</translation>
    </message>
    <message>
        <source>Workspace export</source>
        <translation>Export des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>attest::CatalogTreeModel</name>
    <message>
        <source>%1
%2 requirements, %3 assessable
%4</source>
        <translation>%1
%2 Anforderungen, %3 bewertbar
%4</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>attest::ComplianceMatrixModel</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>gilt</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>gilt nicht</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <source>Does not apply to this system.</source>
        <translation>Gilt für dieses System nicht.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>attest::RequirementStatusModel</name>
    <message>
        <source> (by hand)</source>
        <translation> (manuell)</translation>
    </message>
    <message>
        <source> · evidence expired</source>
        <translation> · Nachweis abgelaufen</translation>
    </message>
    <message>
        <source> · test failed</source>
        <translation> · Test fehlgeschlagen</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>attest::RiskRegisterModel</name>
    <message>
        <source>%1
(risk matrix version %2)</source>
        <translation>%1
(Risikomatrix, Version %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1/%2 implemented</source>
        <translation>%1/%2 umgesetzt</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2: %3</source>
        <translation>Akzeptiert von %1 am %2: %3</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhärent</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>attest::SystemTableModel</name>
    <message>
        <source>Review overdue since %1</source>
        <translation>Überprüfung überfällig seit %1</translation>
    </message>
</context>
<context>
    <name>attest::crypto</name>
    <message>
        <source>Not enough memory to derive the key from the recovery passphrase.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel aus der Wiederherstellungs-Passphrase abzuleiten.</translation>
    </message>
    <message>
        <source>its encryption header is cut short</source>
        <translation>ihr Verschlüsselungskopf ist abgeschnitten</translation>
    </message>
    <message>
        <source>“%1” was encrypted by a newer version of Attest (encryption format %2). Install the newer Attest to open it; the file has not been changed.</source>
        <translation>„%1“ wurde von einer neueren Version von Attest verschlüsselt (Verschlüsselungsformat %2). Installieren Sie die neuere Version, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>its encryption header is damaged</source>
        <translation>ihr Verschlüsselungskopf ist beschädigt</translation>
    </message>
    <message>
        <source>“%1” is not an encrypted Attest workspace.</source>
        <translation>„%1“ ist kein verschlüsselter Attest-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Unlock it with its key from this computer&apos;s keychain or with its recovery passphrase.</source>
        <translation>„%1“ ist verschlüsselt. Entsperren Sie die Datei mit ihrem Schlüssel aus dem Schlüsselbund dieses Computers oder mit ihrer Wiederherstellungs-Passphrase.</translation>
    </message>
    <message>
        <source>The recovery passphrase does not unlock “%1”. Check it and try again; the file has not been changed.</source>
        <translation>Die Wiederherstellungs-Passphrase entsperrt „%1“ nicht. Prüfen Sie sie und versuchen Sie es erneut; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The key from this computer&apos;s keychain does not unlock “%1”. Use its recovery passphrase; the file has not been changed.</source>
        <translation>Der Schlüssel aus dem Schlüsselbund dieses Computers entsperrt „%1“ nicht. Verwenden Sie die Wiederherstellungs-Passphrase; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” can only be unlocked with its key from the keychain of the computer that encrypted it.</source>
        <translation>„%1“ lässt sich nur mit seinem Schlüssel aus dem Schlüsselbund des Computers entsperren, der die Datei verschlüsselt hat.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Unlock it with its recovery passphrase.</source>
        <translation>„%1“ ist verschlüsselt. Entsperren Sie die Datei mit ihrer Wiederherstellungs-Passphrase.</translation>
    </message>
    <message>
        <source>its encryption header does not match its key</source>
        <translation>ihr Verschlüsselungskopf passt nicht zu ihrem Schlüssel</translation>
    </message>
    <message>
        <source>the two copies of its encryption header disagree</source>
        <translation>die beiden Kopien ihres Verschlüsselungskopfs stimmen nicht überein</translation>
    </message>
    <message>
        <source>A workspace can only be encrypted with a 32-byte keychain key or a recovery passphrase.</source>
        <translation>Ein Arbeitsbereich kann nur mit einem 32-Byte-Schlüssel aus dem Schlüsselbund oder einer Wiederherstellungs-Passphrase verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The encryption header of “%1” could not be written.</source>
        <translation>Der Verschlüsselungskopf von „%1“ konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>attest::ui::AuditTrailView</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Verify Integrity</source>
        <translation>Integrität &amp;prüfen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Art des Datensatzes</translation>
    </message>
    <message>
        <source>Record: code or number</source>
        <translation>Datensatz: Code oder Nummer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and link, and report the first that does not match</source>
        <translation>Hash und Verknüpfung jedes Ereignisses neu berechnen und das erste nicht übereinstimmende Ereignis melden</translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation>In dieser Sitzung nicht geprüft.</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Prüfpfad-Ereignisse</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Values before and after the change</source>
        <translation>Werte vor und nach der Änderung</translation>
    </message>
    <message>
        <source>Changed since the last verification.</source>
        <translation>Seit der letzten Prüfung geändert.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Select an event to see what changed.</source>
        <translation>Ein Ereignis auswählen, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>Keine Ereignisse entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>Event %1: %2 %3 %4</source>
        <translation>Ereignis %1: %2 – %3 %4</translation>
    </message>
    <message>
        <source>When: %1 (UTC %2)
Who: %3, computer account %4
User action: %5
Record number: %6 · Batch: %7
Hash: %8
Previous: %9</source>
        <translation>Wann: %1 (UTC %2)
Wer: %3, Computerkonto %4
Benutzeraktion: %5
Datensatznummer: %6 · Stapel: %7
Hash: %8
Vorheriger Hash: %9</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Prüfpfad wird geprüft…</translation>
    </message>
    <message>
        <source>Intact: %1 events, head %2 (verified at %3)</source>
        <translation>Intakt: %1 Ereignisse, Kopf %2 (geprüft um %3)</translation>
    </message>
    <message>
        <source>The audit trail is intact: all %1 events match their hashes and links, and every record matches its last recorded change.</source>
        <translation>Der Prüfpfad ist intakt: Alle %1 Ereignisse stimmen mit ihren Hashes und Verknüpfungen überein, und jeder Datensatz entspricht seiner letzten aufgezeichneten Änderung.</translation>
    </message>
    <message>
        <source>Does not verify: event %1 (%2)</source>
        <translation>Nicht intakt: Ereignis %1 (%2)</translation>
    </message>
    <message>
        <source>Does not verify: %1</source>
        <translation>Nicht intakt: %1</translation>
    </message>
    <message>
        <source>The audit trail does not verify: %1. Keep this file as evidence and restore the workspace from a backup.</source>
        <translation>Der Prüfpfad ist nicht intakt: %1. Diese Datei als Beweismittel aufbewahren und den Arbeitsbereich aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Shows only the events of the record with this code or number.</source>
        <translation>Zeigt nur die Ereignisse des Datensatzes mit diesem Code oder dieser Nummer.</translation>
    </message>
</context>
<context>
    <name>attest::ui::CatalogView</name>
    <message>
        <source>equal to</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>umfasst</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>überschneidet sich mit</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>verwandt mit</translation>
    </message>
    <message>
        <source>Published crosswalk</source>
        <translation>Veröffentlichte Zuordnungstabelle</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Abgeleitet</translation>
    </message>
    <message>
        <source>Authored</source>
        <translation>Von Attest verfasst</translation>
    </message>
    <message>
        <source>OSCAL id: %1</source>
        <translation>OSCAL-id: %1</translation>
    </message>
    <message>
        <source>Implementation: %1</source>
        <translation>Umsetzung: %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Safeguard: %1</source>
        <translation>Schutzmaßnahme: %1</translation>
    </message>
    <message>
        <source>Tactics: %1</source>
        <translation>Taktiken: %1</translation>
    </message>
    <message>
        <source>Maturity: %1</source>
        <translation>Reifegrad: %1</translation>
    </message>
    <message>
        <source>The standard&apos;s heading is not included</source>
        <translation>Die Überschrift der Norm ist nicht enthalten</translation>
    </message>
    <message>
        <source>Heading %1 against the official text</source>
        <translation>Überschrift gegen den amtlichen Text %1</translation>
    </message>
    <message>
        <source>&amp;Import OSCAL Catalog or Profile…</source>
        <translation>OSCAL-Katalog oder -Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export as OSCAL Catalog…</source>
        <translation>Als OSCAL-Katalog &amp;exportieren…</translation>
    </message>
    <message>
        <source>Search all catalogs: words or beginnings of words…</source>
        <translation>Alle Kataloge durchsuchen: Wörter oder Wortanfänge…</translation>
    </message>
    <message>
        <source>Search the catalogs</source>
        <translation>Kataloge durchsuchen</translation>
    </message>
    <message>
        <source>Frameworks and requirements</source>
        <translation>Rahmenwerke und Anforderungen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Bring in an OSCAL catalog you license (JSON, OSCAL 1.0 to 1.2), or a profile that selects from one, as a framework of this workspace</source>
        <translation>Einen lizenzierten OSCAL-Katalog (JSON, OSCAL 1.0 bis 1.2) oder ein Profil, das daraus auswählt, als Rahmenwerk in diesen Arbeitsbereich übernehmen</translation>
    </message>
    <message>
        <source>Write the framework being browsed as an OSCAL 1.1.3 catalog (JSON)</source>
        <translation>Das angezeigte Rahmenwerk als OSCAL-1.1.3-Katalog (JSON) schreiben</translation>
    </message>
    <message>
        <source>Import OSCAL…</source>
        <translation>OSCAL importieren…</translation>
    </message>
    <message>
        <source>Export as OSCAL…</source>
        <translation>Als OSCAL exportieren…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a framework or a requirement, or search all catalogs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Rahmenwerk oder eine Anforderung wählen oder alle Kataloge durchsuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import OSCAL Catalog or Profile</source>
        <translation>OSCAL-Katalog oder -Profil importieren</translation>
    </message>
    <message>
        <source>OSCAL JSON (*.json);;All files (*)</source>
        <translation>OSCAL-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import OSCAL Profile</source>
        <translation>OSCAL-Profil importieren</translation>
    </message>
    <message>
        <source>%1

Which framework does this profile select from?</source>
        <translation>%1

Aus welchem Rahmenwerk wählt dieses Profil aus?</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>Der Import von %1 wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1 Deviations from the OSCAL schema tolerated: %2.</source>
        <translation>%1 Tolerierte Abweichungen vom OSCAL-Schema: %2.</translation>
    </message>
    <message>
        <source>The file deviates from the OSCAL schema where its meaning is still clear; Attest read it like this:

• %1</source>
        <translation>Die Datei weicht vom OSCAL-Schema ab, wo ihre Bedeutung noch eindeutig ist; Attest hat sie so gelesen:

• %1</translation>
    </message>
    <message>
        <source>Export as OSCAL Catalog</source>
        <translation>Als OSCAL-Katalog exportieren</translation>
    </message>
    <message>
        <source>Framework to export:</source>
        <translation>Zu exportierendes Rahmenwerk:</translation>
    </message>
    <message>
        <source>Export %1 as OSCAL Catalog</source>
        <translation>%1 als OSCAL-Katalog exportieren</translation>
    </message>
    <message>
        <source>OSCAL JSON (*.json)</source>
        <translation>OSCAL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>%1 was not exported: %2</source>
        <translation>%1 wurde nicht exportiert: %2</translation>
    </message>
    <message>
        <source>Exported %1 (%2 requirements) as an OSCAL %3 catalog to %4.</source>
        <translation>%1 (%2 Anforderungen) als OSCAL-%3-Katalog nach %4 exportiert.</translation>
    </message>
    <message>
        <source>No requirement matches “%1”.</source>
        <translation>Keine Anforderung passt zu „%1“.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Publisher:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;In force from:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;%6 requirements, %7 of them assessable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Attribution:&lt;/b&gt; %8&lt;br&gt;&lt;b&gt;Licence:&lt;/b&gt; %9&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quelle:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Herausgeber:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;In Kraft seit:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;%6 Anforderungen, davon %7 bewertbar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quellenangabe:&lt;/b&gt; %8&lt;br&gt;&lt;b&gt;Lizenz:&lt;/b&gt; %9&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>assessable</source>
        <translation>bewertbar</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Changed:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Geändert:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Withdrawn:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zurückgezogen:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>withdrawn by its publisher</source>
        <translation>vom Herausgeber zurückgezogen</translation>
    </message>
    <message>
        <source>&lt;h4&gt;In short&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Kurz gesagt&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Interview question&lt;/h4&gt;&lt;p&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Interviewfrage&lt;/h4&gt;&lt;p&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Statement&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Anforderungstext&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Guidance&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Erläuterung&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Mapped requirements (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Zugeordnete Anforderungen (%1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;This requirement is…&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Requirement&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Source&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Diese Anforderung ist…&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Anforderung&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Quelle&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;(withdrawn)&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;(zurückgezogen)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No mappings to other frameworks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Zuordnungen zu anderen Rahmenwerken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;p&gt;&lt;small&gt;&lt;b&gt;Source:&lt;/b&gt; %1 %2&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;p&gt;&lt;small&gt;&lt;b&gt;Quelle:&lt;/b&gt; %1 %2&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An occasional import</source>
        <translation>Ein gelegentlicher Import</translation>
    </message>
    <message>
        <source>An occasional export</source>
        <translation>Ein gelegentlicher Export</translation>
    </message>
</context>
<context>
    <name>attest::ui::ComplianceMatrixView</name>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Rahmenwerk:</translation>
    </message>
    <message>
        <source>%1 AI systems × %2 requirements. A row is derived when it is first shown; hover a cell for how its status was reached, double-click to open the system.</source>
        <translation>%1 KI-Systeme × %2 Anforderungen. Eine Zeile wird hergeleitet, wenn sie zum ersten Mal erscheint; mit dem Mauszeiger über einer Zelle zeigt sich die Herleitung, ein Doppelklick öffnet das System.</translation>
    </message>
</context>
<context>
    <name>attest::ui::ComplianceView</name>
    <message>
        <source>By &amp;System</source>
        <translation>Nach &amp;System</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Statement of &amp;Applicability</source>
        <translation>Erklärung zur &amp;Anwendbarkeit</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
</context>
<context>
    <name>attest::ui::ControlLibraryView</name>
    <message>
        <source>&amp;Save Implementation</source>
        <translation>Umsetzung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;New Control…</source>
        <translation>&amp;Neue Maßnahme…</translation>
    </message>
    <message>
        <source>&amp;Remove Control…</source>
        <translation>Maßnahme &amp;entfernen…</translation>
    </message>
    <message>
        <source>Attach Evidence &amp;File…</source>
        <translation>Nachweis&amp;datei anhängen…</translation>
    </message>
    <message>
        <source>Add Evidence &amp;Link…</source>
        <translation>Nachweis-&amp;Link hinzufügen…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Organisation-wide</source>
        <translation>Organisationsweit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Filter controls…</source>
        <translation>Maßnahmen filtern…</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Required when the control does not apply</source>
        <translation>Erforderlich, wenn die Maßnahme nicht anwendbar ist</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Why the control serves it</source>
        <translation>Warum die Maßnahme ihr dient</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Zieldatum:</translation>
    </message>
    <message>
        <source>Last &amp;tested:</source>
        <translation>Zuletzt ge&amp;testet:</translation>
    </message>
    <message>
        <source>Test &amp;result:</source>
        <translation>Test&amp;ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Organisation-wide implementation (the default for every AI system)</source>
        <translation>Organisationsweite Umsetzung (der Standard für jedes KI-System)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Requirements it serves</source>
        <translation>Anforderungen, denen sie dient</translation>
    </message>
    <message>
        <source>Save Evidence File</source>
        <translation>Nachweisdatei speichern</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The control library could not be read.</source>
        <translation>Die Maßnahmenbibliothek konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No control selected</source>
        <translation>Keine Maßnahme ausgewählt</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 · operates %2 · tested %3 · %4</source>
        <translation>%1 · wirkt %2 · getestet %3 · %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>from Attest&apos;s AI security control set</source>
        <translation>aus Attests Satz von KI-Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>the organisation&apos;s own</source>
        <translation>eigene Maßnahme der Organisation</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> — file, %1 KB, SHA-256 %2…</source>
        <translation> — Datei, %1 KB, SHA-256 %2…</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source> — EXPIRED %1</source>
        <translation> — ABGELAUFEN %1</translation>
    </message>
    <message>
        <source> — valid until %1</source>
        <translation> — gültig bis %1</translation>
    </message>
    <message>
        <source> (one system)</source>
        <translation> (ein System)</translation>
    </message>
    <message>
        <source>Double-click to save a copy; its hash is checked first.</source>
        <translation>Doppelklick speichert eine Kopie; zuvor wird der Hash geprüft.</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Noch keine Nachweise.</translation>
    </message>
    <message>
        <source>Saved. Every requirement and AI system this control serves now reads the new status.</source>
        <translation>Gespeichert. Jede Anforderung und jedes KI-System, dem diese Maßnahme dient, zeigt jetzt den neuen Stand.</translation>
    </message>
    <message>
        <source>New Control</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Remove Control</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Remove %1?

Its mappings, implementations and evidence links are removed with it; every removal is recorded in the audit trail, and the requirements it served will read differently.</source>
        <translation>%1 entfernen?

Ihre Zuordnungen, Umsetzungen und Nachweisverknüpfungen werden mit entfernt; jede Entfernung wird im Prüfpfad aufgezeichnet, und die Anforderungen, denen sie diente, werden anders bewertet.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Attach Evidence File</source>
        <translation>Nachweisdatei anhängen</translation>
    </message>
    <message>
        <source>Add Evidence Link</source>
        <translation>Nachweis-Link hinzufügen</translation>
    </message>
    <message>
        <source>Address of the evidence:</source>
        <translation>Adresse des Nachweises:</translation>
    </message>
    <message>
        <source>What it shows:</source>
        <translation>Was er zeigt:</translation>
    </message>
    <message>
        <source>Checking and saving the evidence file…</source>
        <translation>Nachweisdatei wird geprüft und gespeichert…</translation>
    </message>
    <message>
        <source>Saved a copy of the evidence file; its SHA-256 matched the recorded one.</source>
        <translation>Eine Kopie der Nachweisdatei wurde gespeichert; ihr SHA-256 stimmte mit dem gespeicherten überein.</translation>
    </message>
    <message>
        <source>&amp;Map to Requirement…</source>
        <translation>Einer Anforderung &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Remove M&amp;apping</source>
        <translation>Zuordnung &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove Mapping</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <source>Stop counting this control for %1?</source>
        <translation>Diese Maßnahme für %1 nicht mehr zählen?</translation>
    </message>
    <message>
        <source>There is no requirement “%1” in %2.</source>
        <translation>In %2 gibt es keine Anforderung „%1“.</translation>
    </message>
    <message>
        <source>Mapped to %1; its status now counts there for every AI system.</source>
        <translation>%1 zugeordnet; ihr Stand zählt dort jetzt für jedes KI-System.</translation>
    </message>
    <message>
        <source>Map to Requirement</source>
        <translation>Einer Anforderung zuordnen</translation>
    </message>
    <message>
        <source>Reference, e.g. Art. 32 or A.8.24</source>
        <translation>Referenz, z. B. Art. 32 oder A.8.24</translation>
    </message>
    <message>
        <source>Why the control serves it (one line)</source>
        <translation>Warum die Maßnahme ihr dient (eine Zeile)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Rahmenwerk:</translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation>&amp;Anforderung:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Filter controls</source>
        <translation>Maßnahmen filtern</translation>
    </message>
    <message>
        <source>Evidence of the control</source>
        <translation>Nachweise der Maßnahme</translation>
    </message>
    <message>
        <source>Requirements the control serves</source>
        <translation>Anforderungen, denen die Maßnahme dient</translation>
    </message>
    <message>
        <source>Control details</source>
        <translation>Details der Maßnahme</translation>
    </message>
    <message>
        <source>Checking the evidence file…</source>
        <translation>Nachweisdatei wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
</context>
<context>
    <name>attest::ui::DashboardView</name>
    <message>
        <source>&amp;Business unit:</source>
        <translation>&amp;Geschäftsbereich:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Rahmenwerk:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>All business units</source>
        <translation>Alle Geschäftsbereiche</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Alle Rahmenwerke</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Click a bar for the list behind it.</source>
        <translation>Auf einen Balken klicken, um die Liste dahinter zu öffnen.</translation>
    </message>
    <message>
        <source>Systems in view: %1 · risks: %2</source>
        <translation>Angezeigte Systeme: %1 · Risiken: %2</translation>
    </message>
    <message>
        <source>Coverage per framework, %</source>
        <translation>Abdeckung je Rahmenwerk, %</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Risks by threat</source>
        <translation>Risiken nach Bedrohung</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>AI systems by EU AI Act tier</source>
        <translation>KI-Systeme nach Risikostufe der EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>AI systems by lifecycle stage</source>
        <translation>KI-Systeme nach Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Overdue &gt; 30 days</source>
        <translation>Überfällig &gt; 30 Tage</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Fällig in 30 Tagen</translation>
    </message>
    <message>
        <source>Later or no date</source>
        <translation>Später oder ohne Datum</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Feststellungen</translation>
    </message>
    <message>
        <source>Open findings by due date</source>
        <translation>Offene Feststellungen nach Fälligkeit</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>Diagramm &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 13 weeks</source>
        <translation>Letzte 13 Wochen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>How far back the trends look</source>
        <translation>Wie weit die Verläufe zurückreichen</translation>
    </message>
    <message>
        <source>&amp;Trends:</source>
        <translation>&amp;Verläufe:</translation>
    </message>
    <message>
        <source>AI systems in force overdue for review</source>
        <translation>KI-Systeme im Einsatz mit überfälliger Überprüfung</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s history… %1 %</source>
        <translation>Verlauf des Arbeitsbereichs wird gelesen… %1&#xa0;%</translation>
    </message>
    <message>
        <source>business unit “%1”</source>
        <translation>Geschäftsbereich „%1“</translation>
    </message>
    <message>
        <source>system “%1”</source>
        <translation>System „%1“</translation>
    </message>
    <message>
        <source>owner “%1”</source>
        <translation>verantwortlich „%1“</translation>
    </message>
    <message>
        <source>Click a line for today&apos;s list behind it.</source>
        <translation>Auf eine Linie klicken, um die heutige Liste dahinter zu sehen.</translation>
    </message>
    <message>
        <source>Coverage over time, %</source>
        <translation>Abdeckung im Zeitverlauf, %</translation>
    </message>
    <message>
        <source>Open risks over time</source>
        <translation>Offene Risiken im Zeitverlauf</translation>
    </message>
    <message>
        <source>AI systems at stage “%1”</source>
        <translation>KI-Systeme in der Phase „%1“</translation>
    </message>
    <message>
        <source>AI systems in force at tier “%1”</source>
        <translation>KI-Systeme im Einsatz mit Risikostufe „%1“</translation>
    </message>
    <message>
        <source>overdue findings</source>
        <translation>überfällige Feststellungen</translation>
    </message>
    <message>
        <source>framework “%1”</source>
        <translation>Rahmenwerk „%1“</translation>
    </message>
    <message>
        <source>open findings: %1</source>
        <translation>offene Feststellungen: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;findings&quot;&gt;&lt;b&gt;%1&lt;/b&gt; overdue findings&lt;/a&gt; (of %2)&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;evidence30&quot;&gt;&lt;b&gt;%3&lt;/b&gt; evidence items expire within 30 days&lt;/a&gt;, &lt;a href=&quot;evidence90&quot;&gt;&lt;b&gt;%4&lt;/b&gt; within 90&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;review&quot;&gt;&lt;b&gt;%5&lt;/b&gt; AI systems are overdue for review&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;findings&quot;&gt;&lt;b&gt;%1&lt;/b&gt; überfällige Feststellungen&lt;/a&gt; (von %2)&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;evidence30&quot;&gt;&lt;b&gt;%3&lt;/b&gt; Nachweise laufen innerhalb von 30 Tagen ab&lt;/a&gt;, &lt;a href=&quot;evidence90&quot;&gt;&lt;b&gt;%4&lt;/b&gt; innerhalb von 90&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;review&quot;&gt;&lt;b&gt;%5&lt;/b&gt; KI-Systeme sind überfällig für die Überprüfung&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Evidence Expiring Within %n Days</source>
        <translation>
            <numerusform>Nachweise, die innerhalb von %n Tag ablaufen</numerusform>
            <numerusform>Nachweise, die innerhalb von %n Tagen ablaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence items that stop being valid within %n days</source>
        <translation>
            <numerusform>Nachweise, deren Gültigkeit innerhalb von %n Tag endet</numerusform>
            <numerusform>Nachweise, deren Gültigkeit innerhalb von %n Tagen endet</numerusform>
        </translation>
    </message>
    <message>
        <source>AI systems in force that %1 applies to</source>
        <translation>KI-Systeme im Einsatz, für die %1 gilt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>attest::ui::DisplayNameDialog</name>
    <message>
        <source>Your name in the audit trail</source>
        <translation>Anzeigename im Prüfpfad</translation>
    </message>
    <message>
        <source>Attest records who made every change. Enter your name as colleagues and auditors should read it. Your computer account (%1) is recorded beside it.</source>
        <translation>Attest hält fest, wer jede Änderung vorgenommen hat. Den Namen so eingeben, wie Kollegen und Prüfer ihn lesen sollen. Das Computerkonto (%1) wird daneben aufgezeichnet.</translation>
    </message>
    <message>
        <source>e.g. Maria Rossi, Risk Office</source>
        <translation>z. B. Maria Rossi, Risikomanagement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>attest::ui::FindingsView</name>
    <message>
        <source>&amp;Open findings only</source>
        <translation>Nur &amp;offene Feststellungen</translation>
    </message>
    <message>
        <source>&amp;New Finding…</source>
        <translation>&amp;Neue Feststellung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>KI-System</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — überfällig</translation>
    </message>
    <message>
        <source>%1 open findings, %2 overdue.</source>
        <translation>%1 offene Feststellungen, %2 überfällig.</translation>
    </message>
    <message>
        <source>New Finding</source>
        <translation>Neue Feststellung</translation>
    </message>
    <message>
        <source>Edit Finding</source>
        <translation>Feststellung bearbeiten</translation>
    </message>
    <message>
        <source>AI system code; empty for the whole organisation</source>
        <translation>Code des KI-Systems; leer für die ganze Organisation</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>How it was resolved (needed to close)</source>
        <translation>Wie sie gelöst wurde (zum Schließen nötig)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>AI s&amp;ystem:</source>
        <translation>KI-S&amp;ystem:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>F&amp;ällig am:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Closure:</source>
        <translation>&amp;Abschluss:</translation>
    </message>
    <message>
        <source>There is no AI system “%1”.</source>
        <translation>Es gibt kein KI-System „%1“.</translation>
    </message>
    <message>
        <source>The finding was raised.</source>
        <translation>Die Feststellung wurde erfasst.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
</context>
<context>
    <name>attest::ui::HeatMapWidget</name>
    <message>
        <source>Risk heat map</source>
        <translation>Risiko-Heatmap</translation>
    </message>
    <message>
        <source>No risk matrix</source>
        <translation>Keine Risikomatrix</translation>
    </message>
    <message>
        <source>Likelihood ↑   Impact →</source>
        <translation>Wahrscheinlichkeit ↑   Auswirkung →</translation>
    </message>
    <message>
        <source>%1
Risks here: %2. Click to list them.</source>
        <translation>%1
Risiken hier: %2. Klicken, um sie aufzulisten.</translation>
    </message>
</context>
<context>
    <name>attest::ui::InterviewCapture</name>
    <message>
        <source>Time spent in this interview</source>
        <translation>In diesem Interview verbrachte Zeit</translation>
    </message>
    <message>
        <source>Apply this answer to the assessment (K keeps the current one)</source>
        <translation>Diese Antwort in die Bewertung übernehmen (K behält die aktuelle bei)</translation>
    </message>
    <message>
        <source>Notes: what was said, who said it, what to check (N or Enter to write, Esc when done)</source>
        <translation>Notizen: was gesagt wurde, von wem, was zu prüfen ist (N oder Enter zum Schreiben, Esc zum Beenden)</translation>
    </message>
    <message>
        <source>Flag for follow-up (F)</source>
        <translation>Zur Nachverfolgung markieren (F)</translation>
    </message>
    <message>
        <source>Attach Evidence… (A)</source>
        <translation>Nachweis anhängen… (A)</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Wrap Up… (W)</source>
        <translation>Abschließen… (W)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antworten</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>leave notes</source>
        <translation>Notizen verlassen</translation>
    </message>
    <message>
        <source>answer while writing</source>
        <translation>beim Schreiben antworten</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>keep current assessment</source>
        <translation>aktuelle Bewertung beibehalten</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>anhängen</translation>
    </message>
    <message>
        <source>next</source>
        <translation>weiter</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>jump list</source>
        <translation>Sprungliste</translation>
    </message>
    <message>
        <source>wrap up</source>
        <translation>abschließen</translation>
    </message>
    <message>
        <source>The interview could not be read.</source>
        <translation>Das Interview konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 — completed, acknowledged by %2 on %3</source>
        <translation>%1 — abgeschlossen, bestätigt von %2 am %3</translation>
    </message>
    <message>
        <source>%1 · with %2 · interviewer %3 · %4 %5</source>
        <translation>%1 · mit %2 · Interviewer %3 · %4 %5</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <source>This interview has no questions.</source>
        <translation>Dieses Interview enthält keine Fragen.</translation>
    </message>
    <message>
        <source>Is “%1” met for the systems in scope?</source>
        <translation>Ist die Anforderung „%1“ für die einbezogenen Systeme erfüllt?</translation>
    </message>
    <message>
        <source>&lt;i&gt;Evidence usually comes from:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Nachweise stammen meist aus:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>No evidence attached yet; drop a file here or press A.</source>
        <translation>Noch kein Nachweis angehängt; eine Datei hier ablegen oder A drücken.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweise: %1</translation>
    </message>
    <message>
        <source>%1 now: %2</source>
        <translation>%1 derzeit: %2</translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (manuell)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Elapsed %1:%2:%3</source>
        <translation>Verstrichen %1:%2:%3</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Attached during the interview “%1”.</source>
        <translation>Während des Interviews „%1“ angehängt.</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
</context>
<context>
    <name>attest::ui::InterviewPlanDialog</name>
    <message>
        <source>New Interview</source>
        <translation>Neues Interview</translation>
    </message>
    <message>
        <source>e.g. GDPR interview: customer chatbot</source>
        <translation>z. B. DSGVO-Interview: Kunden-Chatbot</translation>
    </message>
    <message>
        <source>Filter systems</source>
        <translation>Systeme filtern</translation>
    </message>
    <message>
        <source>Every assessable requirement of the framework</source>
        <translation>Alle bewertbaren Anforderungen des Rahmenwerks</translation>
    </message>
    <message>
        <source>The %1 questions of “%2” (%3)</source>
        <translation>Die %1 Fragen aus „%2“ (%3)</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <source>One per line: name, role
e.g. Nadia Okafor, Head of Talent Acquisition</source>
        <translation>Eine Person pro Zeile: Name, Rolle
z. B. Nadia Okafor, Leitung Talent Acquisition</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>AI &amp;systems:</source>
        <translation>KI-&amp;Systeme:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Rahmenwerk:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>I&amp;nterviewer:</source>
        <translation>&amp;Interviewer:</translation>
    </message>
    <message>
        <source>Inter&amp;viewees:</source>
        <translation>&amp;Befragte:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Plan Interview</source>
        <translation>Interview &amp;planen</translation>
    </message>
</context>
<context>
    <name>attest::ui::InterviewView</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>&amp;New Interview…</source>
        <translation>&amp;Neues Interview…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter opens an interview where it was left. In an interview every key is shown on screen; nothing needs saving.</source>
        <translation>Enter öffnet ein Interview dort, wo es verlassen wurde. Im Interview werden alle Tasten auf dem Bildschirm angezeigt; es muss nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>The interviews could not be read.</source>
        <translation>Die Interviews konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Interview completed: its answers are applied and recorded in the audit trail; it is read-only now.</source>
        <translation>Interview abgeschlossen: Die Antworten sind übernommen und im Prüfpfad aufgezeichnet; das Interview ist jetzt schreibgeschützt.</translation>
    </message>
    <message>
        <source>Interview sessions</source>
        <translation>Interviews</translation>
    </message>
</context>
<context>
    <name>attest::ui::InterviewWrapUpDialog</name>
    <message>
        <source>Wrap Up Interview</source>
        <translation>Interview abschließen</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What was covered, what stays open</source>
        <translation>Was behandelt wurde, was offen bleibt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Answered: %1 of %2. Follow-ups: %3. Completing applies the answers to the assessments of the systems in scope and raises findings: %4. The interview then becomes read-only.</source>
        <translation>Beantwortet: %1 von %2. Nachverfolgungen: %3. Der Abschluss überträgt die Antworten in die Bewertungen der einbezogenen Systeme und erfasst Feststellungen: %4. Danach ist das Interview schreibgeschützt.</translation>
    </message>
    <message>
        <source>Acknowledged &amp;by:</source>
        <translation>Bestätigt &amp;von:</translation>
    </message>
    <message>
        <source>Acknowledged &amp;on:</source>
        <translation>Bestätigt a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Complete Interview</source>
        <translation>Interview ab&amp;schließen</translation>
    </message>
    <message>
        <source>%1 (current assessment kept)</source>
        <translation>%1 (aktuelle Bewertung beibehalten)</translation>
    </message>
</context>
<context>
    <name>attest::ui::InventoryView</name>
    <message>
        <source>Show &amp;retired</source>
        <translation>Stillgelegte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>&amp;New AI System…</source>
        <translation>&amp;Neues KI-System…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected system&apos;s details (Enter or F2)</source>
        <translation>Details des ausgewählten Systems öffnen (Eingabetaste oder F2)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>S&amp;tilllegen</translation>
    </message>
    <message>
        <source>Mark the selected system as retired; it stays in the inventory and the trail</source>
        <translation>Das ausgewählte System als stillgelegt markieren; es bleibt im Inventar und im Prüfpfad</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Filter by code, name, owner, unit, tag, stage…  (Ctrl+F)</source>
        <translation>Nach Code, Name, Verantwortlichen, Bereich, Schlagwort, Phase filtern…  (Strg+F)</translation>
    </message>
    <message>
        <source>Filter AI systems</source>
        <translation>KI-Systeme filtern</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>AI systems</source>
        <translation>KI-Systeme</translation>
    </message>
    <message>
        <source>%1 AI systems</source>
        <translation>%1 KI-Systeme</translation>
    </message>
    <message>
        <source>%1 of %2 AI systems</source>
        <translation>%1 von %2 KI-Systemen</translation>
    </message>
    <message>
        <source>Reset to Default Columns</source>
        <translation>Standardspalten wiederherstellen</translation>
    </message>
    <message>
        <source>%1 was added to the inventory.</source>
        <translation>%1 wurde dem Inventar hinzugefügt.</translation>
    </message>
    <message>
        <source>The system no longer exists.</source>
        <translation>Das System existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit AI system %1</source>
        <translation>KI-System %1 bearbeiten</translation>
    </message>
    <message>
        <source>Retire AI system %1</source>
        <translation>KI-System %1 stilllegen</translation>
    </message>
    <message>
        <source>%1 was retired.</source>
        <translation>%1 wurde stillgelegt.</translation>
    </message>
    <message>
        <source>%1 was retired and is now hidden; tick “Show retired” to see it.</source>
        <translation>%1 wurde stillgelegt und ist jetzt ausgeblendet; zum Anzeigen „Stillgelegte anzeigen“ aktivieren.</translation>
    </message>
    <message>
        <source>Delete AI system</source>
        <translation>KI-System löschen</translation>
    </message>
    <message>
        <source>Delete %1 from the inventory?</source>
        <translation>%1 aus dem Inventar löschen?</translation>
    </message>
    <message>
        <source>Retiring keeps the system and its history in the inventory, which is usually what an audit needs. Deleting removes it and its change log; the deletion and every value it had stay in the audit trail.</source>
        <translation>Beim Stilllegen bleiben das System und sein Verlauf im Inventar – meist genau das, was eine Prüfung braucht. Beim Löschen werden das System und sein Änderungsprotokoll entfernt; die Löschung und alle bisherigen Werte bleiben im Prüfpfad.</translation>
    </message>
    <message>
        <source>Retire Instead</source>
        <translation>Stattdessen stilllegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Import AI Systems</source>
        <translation>KI-Systeme importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Correct these rows and import the file again:

%1</source>
        <translation>Diese Zeilen korrigieren und die Datei erneut importieren:

%1</translation>
    </message>
    <message>
        <source>%1: nothing to import. %2</source>
        <translation>%1: nichts zu importieren. %2</translation>
    </message>
    <message>
        <source>Import %1?

%2

All rows are written in one step and recorded in the audit trail.</source>
        <translation>%1 importieren?

%2

Alle Zeilen werden in einem Schritt geschrieben und im Prüfpfad aufgezeichnet.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>Export AI Systems</source>
        <translation>KI-Systeme exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 AI systems to %2.</source>
        <translation>%1 KI-Systeme nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Retired systems are included.</source>
        <translation>Stillgelegte Systeme sind enthalten.</translation>
    </message>
    <message>
        <source>Retired systems are hidden; tick “Show retired” to include them.</source>
        <translation>Stillgelegte Systeme sind ausgeblendet; zum Einbeziehen „Stillgelegte anzeigen“ aktivieren.</translation>
    </message>
    <message>
        <source>Data &amp;Protection…</source>
        <translation>&amp;Datenschutz…</translation>
    </message>
    <message>
        <source>The selected system&apos;s GDPR record of processing (Art. 30) and impact assessment (Art. 35)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30) und Datenschutz-Folgenabschätzung (Art. 35) des ausgewählten Systems nach DSGVO</translation>
    </message>
    <message>
        <source>&amp;Technical Documentation…</source>
        <translation>Te&amp;chnische Dokumentation…</translation>
    </message>
    <message>
        <source>The selected system&apos;s technical documentation (EU AI Act Annex IV)</source>
        <translation>Technische Dokumentation des ausgewählten Systems (EU-KI-Verordnung, Anhang IV)</translation>
    </message>
    <message>
        <source>What the GDPR asks to be recorded about this system&apos;s processing of personal data (Art. 30), and its impact assessment (Art. 35). The reports print every item; what is left empty shows as “not recorded”.</source>
        <translation>Was die DSGVO über die Verarbeitung personenbezogener Daten durch dieses System festzuhalten verlangt (Art. 30), und seine Datenschutz-Folgenabschätzung (Art. 35). Die Berichte geben jede Angabe aus; leer gelassene Felder erscheinen als „nicht erfasst“.</translation>
    </message>
    <message>
        <source>The technical documentation of the EU AI Act (Annex IV) beyond what the inventory holds. The dossier report prints every item; what is left empty shows as “not recorded”.</source>
        <translation>Die technische Dokumentation nach der EU-KI-Verordnung (Anhang IV), soweit sie über die Angaben im Inventar hinausgeht. Der Dossier-Bericht gibt jede Angabe aus; leer gelassene Felder erscheinen als „nicht erfasst“.</translation>
    </message>
    <message>
        <source>An occasional bulk import</source>
        <translation>Ein gelegentlicher Massenimport</translation>
    </message>
    <message>
        <source>An occasional export</source>
        <translation>Ein gelegentlicher Export</translation>
    </message>
</context>
<context>
    <name>attest::ui::MainWindow</name>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open workspace and continue in the copy</source>
        <translation>Eine konsistente Kopie des geöffneten Arbeitsbereichs schreiben und in der Kopie weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich sch&amp;ließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation>&amp;Systeme</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventar</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>&amp;Prüfpfad</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Attest</source>
        <translation>Ü&amp;ber Attest</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>A workspace is one file holding your AI system inventory and its audit trail.</source>
        <translation>Ein Arbeitsbereich ist eine Datei mit dem Inventar der KI-Systeme und dem zugehörigen Prüfpfad.</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>This workspace was upgraded to format %1. A copy of the original is at %2.</source>
        <translation>Dieser Arbeitsbereich wurde auf Format %1 aktualisiert. Eine Kopie des Originals liegt unter %2.</translation>
    </message>
    <message>
        <source>This workspace is open read-only: %1. You can look at everything, and save a copy to work on.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet: %1. Alles lässt sich ansehen; zum Bearbeiten eine Kopie speichern.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation>Arbeitsbereich %1 angelegt.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>%1 [read-only] — Attest</source>
        <translation>%1 [schreibgeschützt] — Attest</translation>
    </message>
    <message>
        <source>%1 — Attest</source>
        <translation>%1 — Attest</translation>
    </message>
    <message>
        <source>Recording as %1</source>
        <translation>Aufzeichnung als %1</translation>
    </message>
    <message>
        <source>Changes are recorded as %1 (computer account %2). Change the name in Edit &gt; Preferences.</source>
        <translation>Änderungen werden als %1 aufgezeichnet (Computerkonto %2). Der Name lässt sich unter Bearbeiten &gt; Einstellungen ändern.</translation>
    </message>
    <message>
        <source>%1 audit events</source>
        <translation>%1 Prüfpfad-Ereignisse</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Attest workspaces (*.attest *.db);;All files (*)</source>
        <translation>Attest-Arbeitsbereiche (*.attest *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Kopie wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working in the copy.</source>
        <translation>Kopie als %1 gespeichert; die Arbeit wird jetzt in der Kopie fortgesetzt.</translation>
    </message>
    <message>
        <source>About Attest</source>
        <translation>Über Attest</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attest %1&lt;/h3&gt;&lt;p&gt;A workbench for AI governance and compliance: an inventory of your AI systems with a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Workspace format %2 · Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attest %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für KI-Governance und Compliance: ein Inventar der KI-Systeme mit einem Prüfpfad, der Manipulationen erkennbar macht.&lt;/p&gt;&lt;p&gt;Arbeitsbereichsformat %2 · Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open This Workspace at &amp;Start</source>
        <translation>Diesen Arbeitsbereich beim &amp;Start öffnen</translation>
    </message>
    <message>
        <source>Attest opens this workspace when it starts without --db</source>
        <translation>Attest öffnet diesen Arbeitsbereich, wenn es ohne --db gestartet wird</translation>
    </message>
    <message>
        <source>Upgrading the workspace…</source>
        <translation>Arbeitsbereich wird aktualisiert…</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <source>&amp;Catalogs</source>
        <translation>&amp;Kataloge</translation>
    </message>
    <message>
        <source>Loading the catalogs…</source>
        <translation>Kataloge werden geladen…</translation>
    </message>
    <message>
        <source>The catalogs could not be loaded: %1</source>
        <translation>Die Kataloge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The catalogs were updated to this release of Attest. %1</source>
        <translation>Die Kataloge wurden auf den Stand dieser Attest-Version gebracht. %1</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>C&amp;ontrols</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Co&amp;mpliance</source>
        <translation>Co&amp;mpliance</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Feststellungen</translation>
    </message>
    <message>
        <source>Show &amp;Compliance</source>
        <translation>&amp;Compliance anzeigen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risiken</translation>
    </message>
    <message>
        <source>Show &amp;Risks</source>
        <translation>&amp;Risiken anzeigen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>I&amp;nterviews</source>
        <translation>I&amp;nterviews</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Be&amp;richte…</translation>
    </message>
    <message>
        <source>Generate, preview and save a PDF report</source>
        <translation>Einen PDF-Bericht erzeugen, in der Vorschau ansehen und speichern</translation>
    </message>
    <message>
        <source>&amp;Export for Spreadsheets</source>
        <translation>Für &amp;Tabellenkalkulation exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>%1 was not exported: %2</source>
        <translation>%1 wurde nicht exportiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>Schnell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Jump to a system, requirement, control or risk by part of its name</source>
        <translation>Zu einem System, einer Anforderung, einer Maßnahme oder einem Risiko springen, über einen Teil des Namens</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <source>Rarely used</source>
        <translation>Selten gebraucht</translation>
    </message>
    <message>
        <source>An occasional export</source>
        <translation>Ein gelegentlicher Export</translation>
    </message>
    <message>
        <source>A setting, rarely changed</source>
        <translation>Eine Einstellung, selten geändert</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>(none: %1)</source>
        <translation>(keines: %1)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Den ausgewählten Eintrag öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Filter as you type</source>
        <translation>Filtern beim Tippen</translation>
    </message>
    <message>
        <source>Answer: compliant, partially, non-compliant, not applicable, not assessed</source>
        <translation>Antwort: konform, teilweise, nicht konform, nicht anwendbar, nicht bewertet</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 bis 5</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
    <message>
        <source>Save / close</source>
        <translation>Speichern / schließen</translation>
    </message>
    <message>
        <source>Ctrl+Enter / Esc</source>
        <translation>Strg+Eingabe / Esc</translation>
    </message>
    <message>
        <source>Quick Open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Choose / open</source>
        <translation>Auswählen / öffnen</translation>
    </message>
    <message>
        <source>↑ ↓ / Enter</source>
        <translation>↑ ↓ / Eingabe</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Open a workspace first. The tour is best taken on the demo workspace: start Attest with “attest --demo --db demo.attest”, or create it with File &gt; New Workspace.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich. Die Tour lässt sich am besten im Demo-Arbeitsbereich machen: Starten Sie Attest mit „attest --demo --db demo.attest“ oder legen Sie ihn über Datei &gt; Neuer Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>Welcome to Attest</source>
        <translation>Willkommen bei Attest</translation>
    </message>
    <message>
        <source>Attest keeps the inventory of your organisation&apos;s AI systems and shows that each one is governed: its risks assessed, controls in place and mapped to the law and to standards, evidence collected, gaps followed up. The views are listed on the left; Ctrl+1 to Ctrl+9 switch between them.</source>
        <translation>Attest führt das Inventar der KI-Systeme Ihrer Organisation und zeigt, dass jedes davon gesteuert wird: Risiken bewertet, Maßnahmen umgesetzt und den Gesetzen und Normen zugeordnet, Nachweise gesammelt, Lücken verfolgt. Die Ansichten stehen links; mit Strg+1 bis Strg+9 wechseln Sie zwischen ihnen.</translation>
    </message>
    <message>
        <source>The inventory</source>
        <translation>Das Inventar</translation>
    </message>
    <message>
        <source>Every AI system with its owner, purpose, risk tier and lifecycle stage. Type a few letters to filter; double-click a system to open its record. Ctrl+N adds a system.</source>
        <translation>Jedes KI-System mit verantwortlicher Person, Zweck, Risikostufe und Lebenszyklusphase. Tippen Sie einige Buchstaben, um zu filtern; ein Doppelklick öffnet den Datensatz eines Systems. Strg+N legt ein System an.</translation>
    </message>
    <message>
        <source>AI-specific risks of each system (data poisoning, prompt injection, model theft, drift, bias…), rated by likelihood and business impact before and after treatment. The heat map shows where they fall.</source>
        <translation>KI-spezifische Risiken jedes Systems (Data Poisoning, Prompt Injection, Modelldiebstahl, Drift, Verzerrung …), bewertet nach Eintrittswahrscheinlichkeit und geschäftlicher Auswirkung vor und nach der Behandlung. Die Heatmap zeigt, wo sie liegen.</translation>
    </message>
    <message>
        <source>Controls and evidence</source>
        <translation>Maßnahmen und Nachweise</translation>
    </message>
    <message>
        <source>The control library: what your organisation does, mapped to the requirements it serves. Drop a file on a control&apos;s evidence list to store it as evidence, with its fingerprint.</source>
        <translation>Die Maßnahmenbibliothek: was Ihre Organisation tut, zugeordnet zu den Anforderungen, denen es dient. Ziehen Sie eine Datei auf die Nachweisliste einer Maßnahme, um sie mit ihrem Fingerabdruck als Nachweis zu speichern.</translation>
    </message>
    <message>
        <source>For each system and framework (GDPR, EU AI Act, ISO/IEC 27001 and 42001, NIST AI RMF, HIPAA), which requirements are met, partly met or open, and why. The matrix compares systems; the Statement of Applicability covers ISO/IEC 27001.</source>
        <translation>Für jedes System und Rahmenwerk (DSGVO, KI-Verordnung, ISO/IEC 27001 und 42001, NIST AI RMF, HIPAA): welche Anforderungen erfüllt, teilweise erfüllt oder offen sind, und warum. Die Matrix vergleicht Systeme; die Erklärung zur Anwendbarkeit deckt ISO/IEC 27001 ab.</translation>
    </message>
    <message>
        <source>Gaps become findings with an owner and a due date, so that nothing found in an audit is forgotten. Overdue findings stand out.</source>
        <translation>Lücken werden zu Feststellungen mit verantwortlicher Person und Fälligkeitsdatum, damit nichts aus einem Audit vergessen wird. Überfällige Feststellungen fallen auf.</translation>
    </message>
    <message>
        <source>Capture answers live during an audit interview: the questions come from the frameworks, each answer is saved as you type, and the session can be printed as a signed record.</source>
        <translation>Erfassen Sie Antworten live im Audit-Interview: Die Fragen stammen aus den Rahmenwerken, jede Antwort wird beim Tippen gespeichert, und die Sitzung lässt sich als signiertes Protokoll ausgeben.</translation>
    </message>
    <message>
        <source>Coverage by framework, the risk heat map, findings by due date and the trends of the last twelve months, for the programme at a glance.</source>
        <translation>Abdeckung je Rahmenwerk, die Risiko-Heatmap, Feststellungen nach Fälligkeit und die Entwicklung der letzten zwölf Monate: das Programm auf einen Blick.</translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation>Der Prüfpfad</translation>
    </message>
    <message>
        <source>Every change is recorded with who made it, when and why, in a chain that shows any tampering. Verify it here at any time.</source>
        <translation>Jede Änderung wird mit Urheber, Zeitpunkt und Grund in einer Kette aufgezeichnet, die jede Manipulation sichtbar macht. Prüfen Sie sie hier jederzeit.</translation>
    </message>
    <message>
        <source>Reports and quick open</source>
        <translation>Berichte und Schnellzugriff</translation>
    </message>
    <message>
        <source>File &gt; Reports (Ctrl+P) writes PDF reports for management and regulators, signed if you wish. Ctrl+K jumps to any system, requirement, control or risk by part of its name. Ctrl+/ lists every shortcut, and F1 brings this tour back.</source>
        <translation>Datei &gt; Berichte (Strg+P) erstellt PDF-Berichte für Leitung und Aufsichtsbehörden, auf Wunsch signiert. Strg+K springt über einen Teil des Namens zu jedem System, jeder Anforderung, Maßnahme oder jedem Risiko. Strg+/ listet alle Tastenkürzel, und F1 holt diese Tour zurück.</translation>
    </message>
    <message>
        <source>Workspace &amp;Security…</source>
        <translation>&amp;Sicherheit des Arbeitsbereichs…</translation>
    </message>
    <message>
        <source>The key of the new workspace could not be stored in the keychain, so it was not created: %1</source>
        <translation>Der Schlüssel des neuen Arbeitsbereichs konnte nicht im Schlüsselbund gespeichert werden, daher wurde der Arbeitsbereich nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Created the encrypted workspace %1.</source>
        <translation>Verschlüsselter Arbeitsbereich %1 angelegt.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Attest cannot keep a key for the new workspace for you.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Attest keinen Schlüssel für den neuen Arbeitsbereich für Sie aufbewahren.</translation>
    </message>
    <message>
        <source>Encrypt it with a passphrase that you type each time you open it, or create it unencrypted: then anyone who gets a copy of the file can read it.</source>
        <translation>Verschlüsseln Sie ihn mit einer Passphrase, die Sie bei jedem Öffnen eingeben, oder legen Sie ihn unverschlüsselt an: dann kann jeder, der eine Kopie der Datei erhält, sie lesen.</translation>
    </message>
    <message>
        <source>Encrypt with a &amp;Passphrase…</source>
        <translation>Mit einer &amp;Passphrase verschlüsseln…</translation>
    </message>
    <message>
        <source>Create &amp;Unencrypted</source>
        <translation>&amp;Unverschlüsselt anlegen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Choose the passphrase that opens the new workspace.</source>
        <translation>Wählen Sie die Passphrase, die den neuen Arbeitsbereich öffnet.</translation>
    </message>
    <message>
        <source>“%1” can only be opened with its key from the keychain of the computer and user account that encrypted it, and this keychain does not hold it.</source>
        <translation>„%1“ lässt sich nur mit seinem Schlüssel aus dem Schlüsselbund des Computers und des Benutzerkontos öffnen, mit denen er verschlüsselt wurde, und dieser Schlüsselbund enthält ihn nicht.</translation>
    </message>
    <message>
        <source>This workspace is encrypted, and this computer&apos;s keychain has no key for it (it was encrypted on another computer or by another user). Enter its recovery passphrase.</source>
        <translation>Dieser Arbeitsbereich ist verschlüsselt, und der Schlüsselbund dieses Computers hat keinen Schlüssel dafür (er wurde auf einem anderen Computer oder von einem anderen Benutzer verschlüsselt). Geben Sie seine Wiederherstellungs-Passphrase ein.</translation>
    </message>
    <message>
        <source>This workspace is encrypted with a passphrase.</source>
        <translation>Dieser Arbeitsbereich ist mit einer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Workspace Security</source>
        <translation>Sicherheit des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The recovery passphrase opens this workspace where the keychain has no key for it.</source>
        <translation>Die Wiederherstellungs-Passphrase öffnet diesen Arbeitsbereich dort, wo der Schlüsselbund keinen Schlüssel dafür hat.</translation>
    </message>
    <message>
        <source>The recovery passphrase is set. Keep it somewhere safe, away from the computer.</source>
        <translation>Die Wiederherstellungs-Passphrase ist festgelegt. Bewahren Sie sie an einem sicheren Ort auf, getrennt vom Computer.</translation>
    </message>
    <message>
        <source>Remove Recovery Passphrase</source>
        <translation>Wiederherstellungs-Passphrase entfernen</translation>
    </message>
    <message>
        <source>Without a recovery passphrase, only this computer&apos;s keychain opens the workspace: if the keychain is lost, so is the workspace. Remove it?</source>
        <translation>Ohne Wiederherstellungs-Passphrase öffnet nur der Schlüsselbund dieses Computers den Arbeitsbereich: geht der Schlüsselbund verloren, ist auch der Arbeitsbereich verloren. Die Passphrase entfernen?</translation>
    </message>
    <message>
        <source>The recovery passphrase is removed.</source>
        <translation>Die Wiederherstellungs-Passphrase wurde entfernt.</translation>
    </message>
    <message>
        <source>No keychain is available: the encrypted workspace will open with this passphrase.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: der verschlüsselte Arbeitsbereich wird sich mit dieser Passphrase öffnen lassen.</translation>
    </message>
    <message>
        <source>Encrypt This Workspace</source>
        <translation>Diesen Arbeitsbereich verschlüsseln</translation>
    </message>
    <message>
        <source>Attest writes an encrypted copy of “%1”, checks it, and puts it in place of the file.</source>
        <translation>Attest schreibt eine verschlüsselte Kopie von „%1“, prüft sie und setzt sie an die Stelle der Datei.</translation>
    </message>
    <message>
        <source>What should happen to the unencrypted original? Deleting a file does not guarantee that its contents are gone: on SSDs and on backed-up or synchronised folders, copies of the data may remain. Keep the original only if you will store it somewhere safe.</source>
        <translation>Was soll mit dem unverschlüsselten Original geschehen? Das Löschen einer Datei garantiert nicht, dass ihr Inhalt verschwunden ist: auf SSDs und in gesicherten oder synchronisierten Ordnern können Kopien der Daten zurückbleiben. Behalten Sie das Original nur, wenn Sie es an einem sicheren Ort aufbewahren werden.</translation>
    </message>
    <message>
        <source>&amp;Delete the Original</source>
        <translation>Original &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep It Beside</source>
        <translation>&amp;Daneben behalten</translation>
    </message>
    <message>
        <source>Encrypting the workspace…</source>
        <translation>Arbeitsbereich wird verschlüsselt…</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain; the workspace is unchanged: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden; der Arbeitsbereich ist unverändert: %1</translation>
    </message>
    <message>
        <source>The workspace is encrypted. The unencrypted original was deleted.</source>
        <translation>Der Arbeitsbereich ist verschlüsselt. Das unverschlüsselte Original wurde gelöscht.</translation>
    </message>
    <message>
        <source>The workspace is encrypted. The unencrypted original is at %1: store it safely or delete it.</source>
        <translation>Der Arbeitsbereich ist verschlüsselt. Das unverschlüsselte Original liegt unter %1: bewahren Sie es sicher auf oder löschen Sie es.</translation>
    </message>
    <message>
        <source>Enter the recovery passphrase: it will open the workspace with its new key too.</source>
        <translation>Geben Sie die Wiederherstellungs-Passphrase ein: sie wird den Arbeitsbereich auch mit seinem neuen Schlüssel öffnen.</translation>
    </message>
    <message>
        <source>Without a keychain or a recovery passphrase there is nothing to encrypt the new key with.</source>
        <translation>Ohne Schlüsselbund oder Wiederherstellungs-Passphrase gibt es nichts, womit der neue Schlüssel verschlüsselt werden könnte.</translation>
    </message>
    <message>
        <source>Re-encrypting every page…</source>
        <translation>Alle Seiten werden neu verschlüsselt…</translation>
    </message>
    <message>
        <source>Save a Decrypted Copy</source>
        <translation>Entschlüsselte Kopie speichern</translation>
    </message>
    <message>
        <source>The copy is not encrypted: anyone who gets it can read every risk, gap and piece of evidence in it. The export is recorded in the audit trail. Continue?</source>
        <translation>Die Kopie ist nicht verschlüsselt: jeder, der sie erhält, kann jedes Risiko, jede Lücke und jeden Nachweis darin lesen. Der Export wird im Prüfpfad aufgezeichnet. Fortfahren?</translation>
    </message>
    <message>
        <source>Writing a decrypted copy…</source>
        <translation>Entschlüsselte Kopie wird geschrieben…</translation>
    </message>
    <message>
        <source>A decrypted copy is at %1. Store it safely, and delete it when it is no longer needed.</source>
        <translation>Eine entschlüsselte Kopie liegt unter %1. Bewahren Sie sie sicher auf und löschen Sie sie, sobald sie nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>The workspace changed while it was being encrypted; try again.</source>
        <translation>Der Arbeitsbereich wurde geändert, während er verschlüsselt wurde; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another Attest opened the workspace; it was not changed.</source>
        <translation>Ein anderes Attest hat den Arbeitsbereich geöffnet; er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The workspace&apos;s journal was not written back; it was not changed.</source>
        <translation>Das Journal des Arbeitsbereichs wurde nicht zurückgeschrieben; er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The original could not be kept as “%1”; the workspace is unchanged.</source>
        <translation>Das Original konnte nicht als „%1“ behalten werden; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be put in place; the workspace is unchanged.</source>
        <translation>Die verschlüsselte Kopie konnte nicht an seine Stelle gesetzt werden; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>This keychain cannot hold a second key; the workspace is unchanged.</source>
        <translation>Dieser Schlüsselbund kann keinen zweiten Schlüssel aufnehmen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>The new key could not be stored in the keychain; the workspace is unchanged: %1</source>
        <translation>Der neue Schlüssel konnte nicht im Schlüsselbund gespeichert werden; der Arbeitsbereich ist unverändert: %1</translation>
    </message>
    <message>
        <source>Every page is encrypted with a new key; the old key opens nothing any more. Copies made before (Save a Copy As, backups) keep the old key: they open only with their recovery passphrase from now on.</source>
        <translation>Jede Seite ist mit einem neuen Schlüssel verschlüsselt; der alte Schlüssel öffnet nichts mehr. Früher angelegte Kopien („Kopie speichern unter“, Sicherungen) behalten den alten Schlüssel: Sie lassen sich ab jetzt nur noch mit ihrer Wiederherstellungs-Passphrase öffnen.</translation>
    </message>
    <message>
        <source>Keeping the original…</source>
        <translation>Das Original wird behalten …</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>attest::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>attest::ui::PassphraseDialog</name>
    <message>
        <source>Unlock Workspace</source>
        <translation>Arbeitsbereich entsperren</translation>
    </message>
    <message>
        <source>Recovery Passphrase</source>
        <translation>Wiederherstellungs-Passphrase</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>Wiederherstellungs-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Neue &amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to type and hard to guess. Write it down and keep it somewhere safe: without it, this workspace cannot be opened on another computer, and nobody can recover it for you.</source>
        <translation>Mindestens %1 Zeichen; einige voneinander unabhängige Wörter sind leicht einzugeben und schwer zu erraten. Schreiben Sie die Passphrase auf und bewahren Sie sie an einem sicheren Ort auf: ohne sie lässt sich dieser Arbeitsbereich auf keinem anderen Computer öffnen, und niemand kann sie für Sie wiederherstellen.</translation>
    </message>
    <message>
        <source>The passphrase is checked on this computer only; a wrong one changes nothing.</source>
        <translation>Die Passphrase wird nur auf diesem Computer geprüft; eine falsche ändert nichts.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Set Passphrase</source>
        <translation>Passphrase &amp;festlegen</translation>
    </message>
    <message>
        <source>%1 more characters, please.</source>
        <translation>Bitte noch %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>attest::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>e.g. Maria Rossi, Risk Office</source>
        <translation>z. B. Maria Rossi, Risikomanagement</translation>
    </message>
    <message>
        <source>Recorded with every change in the audit trail, beside your computer account %1.</source>
        <translation>Wird bei jeder Änderung im Prüfpfad vermerkt, neben Ihrem Benutzerkonto %1.</translation>
    </message>
    <message>
        <source>Recorded with every change, beside your computer account (%1).</source>
        <translation>Wird bei jeder Änderung vermerkt, neben Ihrem Benutzerkonto (%1).</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and reports, and how dates and numbers are written.</source>
        <translation>Die Sprache von Menüs, Dialogen und Berichten sowie die Schreibweise von Datumsangaben und Zahlen.</translation>
    </message>
    <message>
        <source>The new language is used when Attest is next started.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Attest.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
</context>
<context>
    <name>attest::ui::QuickOpenDialog</name>
    <message>
        <source>Quick Open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Part of the name of a system, requirement, control or risk</source>
        <translation>Teil des Namens eines Systems, einer Anforderung, einer Maßnahme oder eines Risikos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open, Esc to close</source>
        <translation>↑ ↓ auswählen, Eingabe öffnen, Esc schließen</translation>
    </message>
</context>
<context>
    <name>attest::ui::ReportDialog</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>PDF/A-1b, for archiving</source>
        <translation>PDF/A-1b, zur Archivierung</translation>
    </message>
    <message>
        <source>&amp;Generate Preview</source>
        <translation>Vorschau &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>%1 %2 (retired)</source>
        <translation>%1 %2 (stillgelegt)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Named on the cover</source>
        <translation>Auf dem Deckblatt genannt</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>AI s&amp;ystem:</source>
        <translation>KI-S&amp;ystem:</translation>
    </message>
    <message>
        <source>Inter&amp;view:</source>
        <translation>Inter&amp;view:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>All AI systems</source>
        <translation>Alle KI-Systeme</translation>
    </message>
    <message>
        <source>No private temporary folder could be made for the preview.</source>
        <translation>Für die Vorschau konnte kein privater temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Generating the %1…</source>
        <translation>%1 wird erzeugt…</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Abgebrochen: es wurde kein Bericht erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Look it over, then save it.</source>
        <translation>
            <numerusform>%n Seite. Prüfen Sie den Bericht und speichern Sie ihn dann.</numerusform>
            <numerusform>%n Seiten. Prüfen Sie den Bericht und speichern Sie ihn dann.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be saved to “%1”: %2</source>
        <translation>Der Bericht konnte nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Sign with my signing key</source>
        <translation>Mit meinem Signaturschlüssel si&amp;gnieren</translation>
    </message>
    <message>
        <source>Export Public &amp;Key…</source>
        <translation>Öffentlichen Schlüssel e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Prints the key&apos;s fingerprint on the cover and saves a signature file (.sig) beside the report; anyone with your public key can check that not one byte changed</source>
        <translation>Druckt den Fingerabdruck des Schlüssels auf das Deckblatt und speichert neben dem Bericht eine Signaturdatei (.sig); wer Ihren öffentlichen Schlüssel hat, kann prüfen, dass sich kein einziges Byte geändert hat</translation>
    </message>
    <message>
        <source>Save your public key, for those who verify your reports (attest verify)</source>
        <translation>Ihren öffentlichen Schlüssel speichern, für alle, die Ihre Berichte prüfen (attest verify)</translation>
    </message>
    <message>
        <source>Sign the Report</source>
        <translation>Bericht signieren</translation>
    </message>
    <message>
        <source>The report cannot be signed: %1

Generate it unsigned?</source>
        <translation>Der Bericht kann nicht signiert werden: %1

Ohne Signatur erstellen?</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Saved to %1 and signed (%2).</source>
        <translation>Unter %1 gespeichert und signiert (%2).</translation>
    </message>
    <message>
        <source>Export Public Key</source>
        <translation>Öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Öffentliche Schlüssel (*.pub)</translation>
    </message>
    <message>
        <source>Public key saved to %1. Its fingerprint: %2</source>
        <translation>Öffentlicher Schlüssel unter %1 gespeichert. Sein Fingerabdruck: %2</translation>
    </message>
    <message>
        <source>The public key could not be exported: %1</source>
        <translation>Der öffentliche Schlüssel konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Generate the report again to sign it.</source>
        <translation>Erstellen Sie den Bericht erneut, um ihn zu signieren.</translation>
    </message>
    <message>
        <source>Generate the report again without a signature.</source>
        <translation>Erstellen Sie den Bericht erneut ohne Signatur.</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>Warten auf den Schlüsselbund…</translation>
    </message>
    <message>
        <source>Generate the report first.</source>
        <translation>Erstellen Sie zuerst den Bericht.</translation>
    </message>
    <message>
        <source>The report could not be signed, so nothing was saved: %1</source>
        <translation>Der Bericht konnte nicht signiert werden, daher wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>The signature could not be written to “%1”, so nothing was saved: %2</source>
        <translation>Die Signatur konnte nicht nach „%1“ geschrieben werden, daher wurde nichts gespeichert: %2</translation>
    </message>
    <message>
        <source>The signature could not be written to “%1”, so the report was removed again: %2</source>
        <translation>Die Signatur konnte nicht nach „%1“ geschrieben werden, daher wurde der Bericht wieder entfernt: %2</translation>
    </message>
    <message>
        <source>Saved to %1, but the old signature %2 beside it could not be removed: it no longer matches, delete it.</source>
        <translation>Unter %1 gespeichert, aber die alte Signatur %2 daneben konnte nicht entfernt werden: Sie passt nicht mehr, löschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>attest::ui::RiskDialog</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Risiko bearbeiten</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>AI &amp;system:</source>
        <translation>KI-&amp;System:</translation>
    </message>
    <message>
        <source>Add suggested controls</source>
        <translation>Vorgeschlagene Maßnahmen hinzufügen</translation>
    </message>
    <message>
        <source>Tick the controls the threat catalog suggests for this threat.</source>
        <translation>Die Maßnahmen ankreuzen, die der Bedrohungskatalog für diese Bedrohung vorschlägt.</translation>
    </message>
    <message>
        <source>&amp;Threat:</source>
        <translation>Be&amp;drohung:</translation>
    </message>
    <message>
        <source>What could happen, to what, and with what consequence, in plain words.</source>
        <translation>Was könnte passieren, woran und mit welcher Folge – in einfachen Worten.</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>S&amp;zenario:</translation>
    </message>
    <message>
        <source>Affected assets:</source>
        <translation>Betroffene Assets:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Wahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>A&amp;uswirkung:</translation>
    </message>
    <message>
        <source>Inherent level:</source>
        <translation>Inhärentes Niveau:</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>T&amp;reatment:</source>
        <translation>Be&amp;handlung:</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Status for this system</source>
        <translation>Status für dieses System</translation>
    </message>
    <message>
        <source>Treating controls</source>
        <translation>Behandelnde Maßnahmen</translation>
    </message>
    <message>
        <source>Treating &amp;controls:</source>
        <translation>Behandelnde &amp;Maßnahmen:</translation>
    </message>
    <message>
        <source>Residual likelihood:</source>
        <translation>Restwahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>Residual impact:</source>
        <translation>Restauswirkung:</translation>
    </message>
    <message>
        <source>Residual level:</source>
        <translation>Restrisikoniveau:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Datum festlegen</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>&amp;Nächste Überprüfung:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <source>Who is accountable for accepting it</source>
        <translation>Wer für die Akzeptanz rechenschaftspflichtig ist</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>Akze&amp;ptiert von:</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>Akzeptiert am:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>Needed when the risk is accepted.</source>
        <translation>Erforderlich, wenn das Risiko akzeptiert wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score %1 is above the acceptance threshold (%2):&lt;/b&gt; accepting it needs an approver, a date and a justification, all recorded in the audit trail.</source>
        <translation>&lt;b&gt;Risikowert %1 liegt über der Akzeptanzschwelle (%2):&lt;/b&gt; die Akzeptanz erfordert eine genehmigende Person, ein Datum und eine Begründung, die alle im Prüfpfad aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>Score %1 is within the acceptance threshold (%2): the owner may accept it.</source>
        <translation>Risikowert %1 liegt innerhalb der Akzeptanzschwelle (%2): die verantwortliche Person darf das Risiko akzeptieren.</translation>
    </message>
    <message>
        <source>Scored on risk matrix version %1; saving scores it again on the current version %2. Check likelihood and impact.</source>
        <translation>Bewertet mit Version %1 der Risikomatrix; beim Speichern wird es mit der aktuellen Version %2 neu bewertet. Eintrittswahrscheinlichkeit und Auswirkung prüfen.</translation>
    </message>
    <message>
        <source>Choose the AI system and the threat.</source>
        <translation>KI-System und Bedrohung wählen.</translation>
    </message>
    <message>
        <source>Choose likelihood and impact on the current risk matrix.</source>
        <translation>Eintrittswahrscheinlichkeit und Auswirkung auf der aktuellen Risikomatrix wählen.</translation>
    </message>
    <message>
        <source>Choose the residual likelihood and impact on the current risk matrix, or “Not assessed yet”.</source>
        <translation>Restwahrscheinlichkeit und Restauswirkung auf der aktuellen Risikomatrix wählen oder „Noch nicht bewertet“.</translation>
    </message>
    <message>
        <source>The control library could not be read, so the treating controls cannot be saved; try again.</source>
        <translation>Die Maßnahmenbibliothek konnte nicht gelesen werden, daher können die behandelnden Maßnahmen nicht gespeichert werden; erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>attest::ui::RiskImportDialog</name>
    <message>
        <source>Import Risk Register — %1</source>
        <translation>Risikoregister importieren — %1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Rows in the file: %1. Check what each column is read as; every row is checked before anything is written, and nothing is imported while a problem remains.</source>
        <translation>Zeilen in der Datei: %1. Prüfen, als was jede Spalte gelesen wird; jede Zeile wird geprüft, bevor etwas geschrieben wird, und solange ein Problem besteht, wird nichts importiert.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>Read column “%1” as</source>
        <translation>Spalte „%1“ lesen als</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Problems and new threats</source>
        <translation>Probleme und neue Bedrohungen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1
(ignored)</source>
        <translation>%1
(ignoriert)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>New threat “%1” (line %2)</source>
        <translation>Neue Bedrohung „%1“ (Zeile %2)</translation>
    </message>
    <message>
        <source>New threat “%1” (lines %2)</source>
        <translation>Neue Bedrohung „%1“ (Zeilen %2)</translation>
    </message>
    <message>
        <source>Add the new threats listed above to the threat catalog (%1)</source>
        <translation>Die oben aufgeführten neuen Bedrohungen dem Bedrohungskatalog hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>attest::ui::RiskMatrixDialog</name>
    <message>
        <source>&amp;Add step</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Stufe &amp;entfernen</translation>
    </message>
    <message>
        <source>A&amp;dd step</source>
        <translation>Stufe hin&amp;zufügen</translation>
    </message>
    <message>
        <source>R&amp;emove step</source>
        <translation>Stufe en&amp;tfernen</translation>
    </message>
    <message>
        <source>Add &amp;level</source>
        <translation>&amp;Niveau hinzufügen</translation>
    </message>
    <message>
        <source>Remove le&amp;vel</source>
        <translation>Niveau entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>You are editing version %1 of the risk matrix. Saving creates version %2: risks already scored keep the version they were scored with; new and re-scored risks use the new one.</source>
        <translation>Bearbeitet wird Version %1 der Risikomatrix. Speichern erzeugt Version %2: bereits bewertete Risiken behalten die Version, mit der sie bewertet wurden; neue und neu bewertete Risiken verwenden die neue.</translation>
    </message>
    <message>
        <source>No risk matrix has been saved yet; these are the defaults. Saving creates version 1.</source>
        <translation>Es wurde noch keine Risikomatrix gespeichert; dies sind die Standardwerte. Speichern erzeugt Version 1.</translation>
    </message>
    <message>
        <source>Likelihood (step 1 = least likely)</source>
        <translation>Eintrittswahrscheinlichkeit (Stufe 1 = am wenigsten wahrscheinlich)</translation>
    </message>
    <message>
        <source>Impact (step 1 = least severe)</source>
        <translation>Auswirkung (Stufe 1 = am geringsten)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>Ab Wert</translation>
    </message>
    <message>
        <source>To score</source>
        <translation>Bis Wert</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Each level covers a range of scores (likelihood × impact); press Enter or double-click a colour to change it.</source>
        <translation>Jedes Niveau deckt einen Wertebereich ab (Wahrscheinlichkeit × Auswirkung); zum Ändern einer Farbe die Eingabetaste drücken oder doppelklicken.</translation>
    </message>
    <message>
        <source>Risks scoring above the threshold need an approver, a date and a justification to be accepted.</source>
        <translation>Risiken mit einem Wert über der Schwelle brauchen für die Akzeptanz eine genehmigende Person, ein Datum und eine Begründung.</translation>
    </message>
    <message>
        <source>Acceptance &amp;threshold:</source>
        <translation>&amp;Akzeptanzschwelle:</translation>
    </message>
    <message>
        <source>Preview of the matrix</source>
        <translation>Vorschau der Matrix</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Rows: likelihood, most likely at the top. Columns: impact, most severe on the right. Hover over a cell for its explanation.</source>
        <translation>Zeilen: Eintrittswahrscheinlichkeit, die wahrscheinlichste oben. Spalten: Auswirkung, die schwerste rechts. Für die Erläuterung einer Zelle den Mauszeiger darüber halten.</translation>
    </message>
    <message>
        <source>Optional: why the matrix changes (recorded with the new version)</source>
        <translation>Optional: warum die Matrix geändert wird (wird mit der neuen Version aufgezeichnet)</translation>
    </message>
    <message>
        <source>&amp;Why this change:</source>
        <translation>&amp;Grund der Änderung:</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so the matrix cannot be changed. %1</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet, daher kann die Matrix nicht geändert werden. %1</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Name der Stufe</translation>
    </message>
    <message>
        <source>Press Enter or double-click to choose another colour.</source>
        <translation>Eingabetaste drücken oder doppelklicken, um eine andere Farbe zu wählen.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Neues Niveau</translation>
    </message>
    <message>
        <source>Scores above %1 need an approver to be accepted.</source>
        <translation>Werte über %1 brauchen für die Akzeptanz eine genehmigende Person.</translation>
    </message>
    <message>
        <source>Scores up to %1 (%2) may be accepted by the risk owner; higher ones need an approver.</source>
        <translation>Werte bis %1 (%2) darf die verantwortliche Person akzeptieren; höhere brauchen eine genehmigende Person.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Score %1 is not covered by any level.</source>
        <translation>Wert %1 wird von keinem Niveau abgedeckt.</translation>
    </message>
    <message>
        <source>%1
Above the acceptance threshold: accepting it needs an approver.</source>
        <translation>%1
Über der Akzeptanzschwelle: die Akzeptanz erfordert eine genehmigende Person.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt;&amp;nbsp;%2&amp;nbsp;(%3)</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt;&amp;nbsp;%2&amp;nbsp;(%3)</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Bold scores are above the acceptance threshold (%2).</source>
        <translation>%1&lt;br&gt;Fett gedruckte Werte liegen über der Akzeptanzschwelle (%2).</translation>
    </message>
</context>
<context>
    <name>attest::ui::RiskView</name>
    <message>
        <source>&amp;New Risk…</source>
        <translation>&amp;Neues Risiko…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Risk &amp;Matrix…</source>
        <translation>Risiko&amp;matrix…</translation>
    </message>
    <message>
        <source>EU AI Act &amp;Tier Assistant…</source>
        <translation>Risikostufen-&amp;Assistent (EU-KI-Verordnung)…</translation>
    </message>
    <message>
        <source>Propose the EU AI Act tier of the selected risk&apos;s system, or of the system filtered on</source>
        <translation>Die Risikostufe nach EU-KI-Verordnung für das System des ausgewählten Risikos oder für das gefilterte System vorschlagen</translation>
    </message>
    <message>
        <source>System filter</source>
        <translation>Filter nach System</translation>
    </message>
    <message>
        <source>Threat filter</source>
        <translation>Filter nach Bedrohung</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Filter nach Niveau</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter nach Verantwortlichen</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Nur über&amp;fällige</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>T&amp;hreat:</source>
        <translation>Be&amp;drohung:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Verant&amp;wortlich:</translation>
    </message>
    <message>
        <source>Show All Cells</source>
        <translation>Alle Zellen anzeigen</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>I&amp;nherent</source>
        <translation>In&amp;härent</translation>
    </message>
    <message>
        <source>Resi&amp;dual</source>
        <translation>&amp;Restrisiko</translation>
    </message>
    <message>
        <source>Selected Risk</source>
        <translation>Ausgewähltes Risiko</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>All threats</source>
        <translation>Alle Bedrohungen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Niveaus</translation>
    </message>
    <message>
        <source>Accepting a score above %1 needs an approver. Matrix version %2.</source>
        <translation>Die Akzeptanz eines Werts über %1 erfordert eine genehmigende Person. Matrixversion %2.</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Risks shown: %1</source>
        <translation>Angezeigte Risiken: %1</translation>
    </message>
    <message>
        <source>Residual cell: %1</source>
        <translation>Restrisiko-Zelle: %1</translation>
    </message>
    <message>
        <source>Inherent cell: %1</source>
        <translation>Inhärente Zelle: %1</translation>
    </message>
    <message>
        <source>Select a risk to see how its levels were reached and how its treating controls stand.</source>
        <translation>Ein Risiko auswählen, um zu sehen, wie seine Niveaus zustande kamen und wie es um seine behandelnden Maßnahmen steht.</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Betroffen: %1</translation>
    </message>
    <message>
        <source>Inherent:</source>
        <translation>Inhärent:</translation>
    </message>
    <message>
        <source>Residual:</source>
        <translation>Restrisiko:</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>Scored with risk matrix version %1.</source>
        <translation>Bewertet mit Version %1 der Risikomatrix.</translation>
    </message>
    <message>
        <source>Treatment:</source>
        <translation>Behandlung:</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Due: %1 (overdue)</source>
        <translation>Fällig: %1 (überfällig)</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Nächste Überprüfung: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2: %3</source>
        <translation>Akzeptiert von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Risk added to the register.</source>
        <translation>Risiko in das Register aufgenommen.</translation>
    </message>
    <message>
        <source>Remove Risk</source>
        <translation>Risiko entfernen</translation>
    </message>
    <message>
        <source>Remove this risk from the register? The removal is recorded in the audit trail.</source>
        <translation>Dieses Risiko aus dem Register entfernen? Das Entfernen wird im Prüfpfad aufgezeichnet.</translation>
    </message>
    <message>
        <source>Import Risk Register</source>
        <translation>Risikoregister importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>Export Risk Register</source>
        <translation>Risikoregister exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Risks exported to %1: %2.</source>
        <translation>Risiken nach %1 exportiert: %2.</translation>
    </message>
    <message>
        <source>Risk matrix version %1 saved. Scores already recorded keep the version they were made with; a risk is scored on the new matrix when it is next edited.</source>
        <translation>Version %1 der Risikomatrix gespeichert. Bereits erfasste Bewertungen behalten die Version, mit der sie vorgenommen wurden; ein Risiko wird bei seiner nächsten Bearbeitung nach der neuen Matrix bewertet.</translation>
    </message>
    <message>
        <source>Select a risk, or filter on a system, to run the tier assistant for it.</source>
        <translation>Ein Risiko auswählen oder nach einem System filtern, um den Risikostufen-Assistenten dafür auszuführen.</translation>
    </message>
    <message>
        <source>EU AI Act tier recorded on the system, with the reasoning, in the audit trail.</source>
        <translation>Risikostufe nach EU-KI-Verordnung am System erfasst, mit der Begründung im Prüfpfad.</translation>
    </message>
    <message>
        <source>Each risk at its likelihood and impact before treatment.</source>
        <translation>Jedes Risiko bei seiner Eintrittswahrscheinlichkeit und Auswirkung vor der Behandlung.</translation>
    </message>
    <message>
        <source>Each risk at its residual likelihood and impact; risks without a residual assessment yet stay at their inherent cell.</source>
        <translation>Jedes Risiko bei seiner Restwahrscheinlichkeit und Restauswirkung; Risiken ohne Restrisikobewertung bleiben in ihrem inhärenten Feld.</translation>
    </message>
    <message>
        <source>Risks shown: %1 (%2 of them scored on an earlier risk matrix lie outside this heat map)</source>
        <translation>Angezeigte Risiken: %1 (%2 davon wurden auf einer früheren Risikomatrix bewertet und liegen außerhalb dieser Heatmap)</translation>
    </message>
    <message>
        <source>business unit %1</source>
        <translation>Geschäftsbereich %1</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>nicht geschlossen</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
</context>
<context>
    <name>attest::ui::ScopeBar</name>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>attest::ui::SoaView</name>
    <message>
        <source>Mark &amp;Not Applicable…</source>
        <translation>Als &amp;nicht anwendbar kennzeichnen…</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Linked controls</source>
        <translation>Verknüpfte Maßnahmen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes (not yet justified)</source>
        <translation>Ja (noch nicht begründet)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 Annex A: %1 controls, %2 applicable, %3 implemented; %4 without a recorded decision. Double-click a control to include or exclude it.</source>
        <translation>ISO/IEC 27001:2022 Anhang A: %1 Maßnahmen, %2 anwendbar, %3 umgesetzt; %4 ohne erfasste Entscheidung. Doppelklick auf eine Maßnahme schließt sie ein oder aus.</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>%1 ausschließen</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>%1 einschließen</translation>
    </message>
    <message>
        <source>Why does %1 not apply? (required)</source>
        <translation>Warum ist %1 nicht anwendbar? (erforderlich)</translation>
    </message>
    <message>
        <source>Why does %1 apply?</source>
        <translation>Warum ist %1 anwendbar?</translation>
    </message>
    <message>
        <source>Drop a file on a row to store it as evidence for that control.</source>
        <translation>Ziehen Sie eine Datei auf eine Zeile, um sie als Nachweis für diese Maßnahme zu speichern.</translation>
    </message>
</context>
<context>
    <name>attest::ui::SystemComplianceView</name>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>&amp;Assess by Hand</source>
        <translation>&amp;Manuell bewerten</translation>
    </message>
    <message>
        <source>Use &amp;Derived Status</source>
        <translation>&amp;Hergeleiteten Status verwenden</translation>
    </message>
    <message>
        <source>Raise &amp;Finding…</source>
        <translation>&amp;Feststellung erfassen…</translation>
    </message>
    <message>
        <source>AI system code, e.g. HR-CV-01</source>
        <translation>Code des KI-Systems, z. B. HR-CV-01</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>KI-System</translation>
    </message>
    <message>
        <source>Why (required): what you saw, who confirmed it</source>
        <translation>Warum (erforderlich): was Sie gesehen haben, wer es bestätigt hat</translation>
    </message>
    <message>
        <source>AI &amp;system:</source>
        <translation>KI-&amp;System:</translation>
    </message>
    <message>
        <source>Selected requirement</source>
        <translation>Ausgewählte Anforderung</translation>
    </message>
    <message>
        <source>There is no AI system “%1”.</source>
        <translation>Es gibt kein KI-System „%1“.</translation>
    </message>
    <message>
        <source>Choose an AI system</source>
        <translation>Ein KI-System wählen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1
%2

%3</source>
        <translation>%1
%2

%3</translation>
    </message>
    <message>
        <source>Not applying (see Change…): %1</source>
        <translation>Nicht anwendbar (siehe Ändern…): %1</translation>
    </message>
    <message>
        <source>No framework applies to this system yet: confirm the ones that do.</source>
        <translation>Für dieses System gilt noch kein Rahmenwerk: die zutreffenden bestätigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coverage %1&lt;/b&gt; — %2. &lt;i&gt;(compliant + ½ partially) ÷ assessed&lt;/i&gt;</source>
        <translation>&lt;b&gt;Abdeckung %1&lt;/b&gt; — %2. &lt;i&gt;(konform + ½ teilweise) ÷ bewertet&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Applies (confirmed): %1</source>
        <translation>Gilt (bestätigt): %1</translation>
    </message>
    <message>
        <source>Applies (proposed from the system&apos;s facts; not yet confirmed): %1</source>
        <translation>Gilt (aus den Angaben zum System vorgeschlagen; noch nicht bestätigt): %1</translation>
    </message>
    <message>
        <source>Select a requirement to see how its status was reached.</source>
        <translation>Eine Anforderung auswählen, um zu sehen, wie ihr Status zustande kam.</translation>
    </message>
    <message>
        <source>Assessed by hand and recorded in the audit trail.</source>
        <translation>Manuell bewertet und im Prüfpfad aufgezeichnet.</translation>
    </message>
    <message>
        <source>Raise Finding</source>
        <translation>Feststellung erfassen</translation>
    </message>
    <message>
        <source>What is missing? (due in 30 days; edit it under Findings)</source>
        <translation>Was fehlt? (fällig in 30 Tagen; unter Feststellungen bearbeiten)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Finding raised: %1</source>
        <translation>Feststellung erfasst: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>gilt</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>gilt nicht</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>Frameworks That Apply</source>
        <translation>Geltende Rahmenwerke</translation>
    </message>
    <message>
        <source>Framework to confirm or change for %1:</source>
        <translation>Zu bestätigendes oder zu änderndes Rahmenwerk für %1:</translation>
    </message>
    <message>
        <source>It applies</source>
        <translation>Es gilt</translation>
    </message>
    <message>
        <source>It does not apply</source>
        <translation>Es gilt nicht</translation>
    </message>
    <message>
        <source>Does %1 apply?</source>
        <translation>Gilt %1?</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail):</source>
        <translation>Warum (wird im Prüfpfad aufgezeichnet):</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Rahmenwerke</translation>
    </message>
    <message>
        <source>Requirements of %1</source>
        <translation>Anforderungen von %1</translation>
    </message>
</context>
<context>
    <name>attest::ui::SystemDialog</name>
    <message>
        <source>New AI system</source>
        <translation>Neues KI-System</translation>
    </message>
    <message>
        <source>AI system %1 (read-only)</source>
        <translation>KI-System %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>AI system %1</source>
        <translation>KI-System %1</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Datum auswählen</translation>
    </message>
    <message>
        <source>e.g. customer-facing, pilot</source>
        <translation>z. B. kundennah, Pilot</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nicht gesetzt —</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was wurde geändert</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validiert von</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>Eintrag &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove change log entry</source>
        <translation>Eintrag aus dem Änderungsprotokoll entfernen</translation>
    </message>
    <message>
        <source>Remove the entry of %1? The removal is recorded in the audit trail.</source>
        <translation>Den Eintrag vom %1 entfernen? Das Entfernen wird im Prüfpfad aufgezeichnet.</translation>
    </message>
    <message>
        <source>Save the new system first; then its change log can be kept here.</source>
        <translation>Zuerst das neue System speichern; danach kann hier sein Änderungsprotokoll geführt werden.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>The code “%1” is already used by another AI system.</source>
        <translation>Der Code „%1“ wird bereits von einem anderen KI-System verwendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Before saving: %1</source>
        <translation>Vor dem Speichern: %1</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>Vorschlagen…</translation>
    </message>
    <message>
        <source>Answer the EU AI Act questions to get a proposed tier</source>
        <translation>Die Fragen zur EU-KI-Verordnung beantworten, um eine Risikostufe vorgeschlagen zu bekommen</translation>
    </message>
    <message>
        <source>the new AI system</source>
        <translation>das neue KI-System</translation>
    </message>
    <message>
        <source>&amp;Use this tier</source>
        <translation>&amp;Diese Risikostufe übernehmen</translation>
    </message>
    <message>
        <source>Puts the proposed tier into the form; Save records it.</source>
        <translation>Übernimmt die vorgeschlagene Risikostufe in das Formular; beim Speichern wird sie aufgezeichnet.</translation>
    </message>
    <message>
        <source>Sections of the system record</source>
        <translation>Abschnitte des Systemdatensatzes</translation>
    </message>
</context>
<context>
    <name>attest::ui::SystemRecordDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>attest::ui::TierAssistantDialog</name>
    <message>
        <source>EU AI Act tier assistant – %1</source>
        <translation>Risikostufen-Assistent (EU-KI-Verordnung) – %1</translation>
    </message>
    <message>
        <source>Tick every question you answer with yes for &lt;b&gt;%1&lt;/b&gt;. The proposal on the right follows your answers.</source>
        <translation>Jede Frage ankreuzen, die für &lt;b&gt;%1&lt;/b&gt; mit Ja zu beantworten ist. Der Vorschlag rechts folgt den Antworten.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Proposed tier:</source>
        <translation>Vorgeschlagene Risikostufe:</translation>
    </message>
    <message>
        <source>This assistant paraphrases the EU AI Act (Regulation (EU) 2024/1689) to guide your assessment; it is not legal advice. The Act decides: check the reasoning against the articles cited, and document how you reached the tier.</source>
        <translation>Dieser Assistent gibt die EU-KI-Verordnung (Verordnung (EU) 2024/1689) sinngemäß wieder, um die Einstufung zu unterstützen; er ist keine Rechtsberatung. Maßgeblich ist die Verordnung: die Begründung anhand der genannten Artikel prüfen und dokumentieren, wie die Risikostufe ermittelt wurde.</translation>
    </message>
    <message>
        <source>&amp;Apply to system</source>
        <translation>Auf das System &amp;anwenden</translation>
    </message>
    <message>
        <source>Records the proposed tier on the system, with the reasoning as the reason for the change in the audit trail.</source>
        <translation>Zeichnet die vorgeschlagene Risikostufe am System auf, mit der Begründung als Änderungsgrund im Prüfpfad.</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:%2&quot;&gt;(%3)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:%2&quot;&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Current tier: &lt;b&gt;%1&lt;/b&gt;. The proposal differs from it.</source>
        <translation>Aktuelle Risikostufe: &lt;b&gt;%1&lt;/b&gt;. Der Vorschlag weicht davon ab.</translation>
    </message>
    <message>
        <source>Current tier: &lt;b&gt;%1&lt;/b&gt;. The proposal agrees with it; there is nothing to apply.</source>
        <translation>Aktuelle Risikostufe: &lt;b&gt;%1&lt;/b&gt;. Der Vorschlag stimmt damit überein; es gibt nichts anzuwenden.</translation>
    </message>
    <message>
        <source>EU AI Act tier assistant: %1</source>
        <translation>Risikostufen-Assistent (EU-KI-Verordnung): %1</translation>
    </message>
    <message>
        <source>The tier assistant has not proposed a tier.</source>
        <translation>Der Risikostufen-Assistent hat keine Risikostufe vorgeschlagen.</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so the tier cannot be changed: %1</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet, daher kann die Risikostufe nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The AI system no longer exists; it may have been deleted.</source>
        <translation>Das KI-System existiert nicht mehr; es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Lower the Tier?</source>
        <translation>Risikostufe senken?</translation>
    </message>
    <message>
        <source>The proposal lowers the system&apos;s tier from %1 to %2. Apply it only if every question that applies to the system is answered.</source>
        <translation>Der Vorschlag senkt die Risikostufe des Systems von %1 auf %2. Nur anwenden, wenn jede Frage beantwortet ist, die auf das System zutrifft.</translation>
    </message>
</context>
<context>
    <name>attest::ui::Walkthrough</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started · step %1 of %2</source>
        <translation>Erste Schritte · Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>attest::ui::WorkspaceSecurityDialog</name>
    <message>
        <source>Workspace Security</source>
        <translation>Sicherheit des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Verschlüsselung gespeicherter Daten</translation>
    </message>
    <message>
        <source>Encrypted with XChaCha20-Poly1305 (encryption format %1): every page of the file and of its journal is encrypted and authenticated, so a copy of the file is unreadable without a key and any change to it is detected.</source>
        <translation>Verschlüsselt mit XChaCha20-Poly1305 (Verschlüsselungsformat %1): jede Seite der Datei und ihres Journals ist verschlüsselt und authentifiziert, sodass eine Kopie der Datei ohne Schlüssel unlesbar ist und jede Änderung daran erkannt wird.</translation>
    </message>
    <message>
        <source>It opens with:</source>
        <translation>Er lässt sich öffnen mit:</translation>
    </message>
    <message>
        <source>the key in this computer&apos;s keychain</source>
        <translation>dem Schlüssel im Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <source>a keychain key, which this computer&apos;s keychain does not hold</source>
        <translation>einem Schlüsselbund-Schlüssel, der im Schlüsselbund dieses Computers nicht vorhanden ist</translation>
    </message>
    <message>
        <source>no keychain key</source>
        <translation>keinem Schlüssel aus einem Schlüsselbund</translation>
    </message>
    <message>
        <source>its recovery passphrase</source>
        <translation>seiner Wiederherstellungs-Passphrase</translation>
    </message>
    <message>
        <source>no recovery passphrase: without one, the workspace cannot be opened on another computer or after the keychain is lost</source>
        <translation>keiner Wiederherstellungs-Passphrase: ohne eine solche lässt sich der Arbeitsbereich weder auf einem anderen Computer noch nach Verlust des Schlüsselbunds öffnen</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who gets a copy of the file (a backup, a USB stick, an e-mail attachment) can read everything in it, including its risks, gaps and evidence.</source>
        <translation>Nicht verschlüsselt: jeder, der eine Kopie der Datei erhält (eine Sicherung, einen USB-Stick, einen E-Mail-Anhang), kann alles darin lesen, einschließlich der Risiken, Lücken und Nachweise.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: encrypting needs a recovery passphrase, which you then type each time you open the workspace.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar: zum Verschlüsseln ist eine Wiederherstellungs-Passphrase nötig, die Sie dann bei jedem Öffnen des Arbeitsbereichs eingeben.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Encrypt This Workspace…</source>
        <translation>Diesen Arbeitsbereich &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>Writes an encrypted copy, checks it, and puts it in place of this file.</source>
        <translation>Schreibt eine verschlüsselte Kopie, prüft sie und setzt sie an die Stelle dieser Datei.</translation>
    </message>
    <message>
        <source>&amp;Change Recovery Passphrase…</source>
        <translation>Wiederherstellungs-Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Set Recovery Passphrase…</source>
        <translation>Wiederherstellungs-Passphrase &amp;festlegen…</translation>
    </message>
    <message>
        <source>A passphrase opens the workspace on another computer, or when the keychain is lost.</source>
        <translation>Eine Passphrase öffnet den Arbeitsbereich auf einem anderen Computer oder wenn der Schlüsselbund verloren ist.</translation>
    </message>
    <message>
        <source>&amp;Remove Recovery Passphrase…</source>
        <translation>Wiederherstellungs-Passphrase &amp;entfernen…</translation>
    </message>
    <message>
        <source>Only this computer&apos;s keychain will open the workspace.</source>
        <translation>Nur der Schlüsselbund dieses Computers wird den Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Replace the Encryption &amp;Key…</source>
        <translation>Verschlüsselungs&amp;schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Re-encrypts every page with a new key, for example after a copy went astray.</source>
        <translation>Verschlüsselt jede Seite mit einem neuen Schlüssel neu, zum Beispiel nachdem eine Kopie abhandengekommen ist.</translation>
    </message>
    <message>
        <source>Save a &amp;Decrypted Copy…</source>
        <translation>&amp;Entschlüsselte Kopie speichern…</translation>
    </message>
    <message>
        <source>An unencrypted copy for another tool; the export is recorded in the audit trail.</source>
        <translation>Eine unverschlüsselte Kopie für ein anderes Werkzeug; der Export wird im Prüfpfad aufgezeichnet.</translation>
    </message>
    <message>
        <source>The workspace is open read-only: its security can only be changed, and a decrypted copy (which its audit trail records) only be made, where it opens for writing.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet: Seine Sicherheit lässt sich nur ändern und eine entschlüsselte Kopie (die sein Prüfpfad vermerkt) nur anlegen, wo er zum Schreiben geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird angelegt…</translation>
    </message>
    <message>
        <source>Attest: AI governance workbench</source>
        <translation>Attest: Arbeitsumgebung für KI-Governance</translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation>Diese Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>If the workspace does not exist yet, create it with demo content.</source>
        <translation>Falls der Arbeitsbereich noch nicht existiert, ihn mit Demo-Inhalten anlegen.</translation>
    </message>
    <message>
        <source>Log to the terminal too.</source>
        <translation>Auch im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>Unter „%1“ gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>A workspace file to open (the same as --db).</source>
        <translation>Eine zu öffnende Arbeitsbereichsdatei (wie --db).</translation>
    </message>
    <message>
        <source>[workspace]</source>
        <translation>[Arbeitsbereich]</translation>
    </message>
    <message>
        <source>The demo workspace was not kept: its key could not be stored in the keychain. %1</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht beibehalten: sein Schlüssel konnte nicht im Schlüsselbund gespeichert werden. %1</translation>
    </message>
</context>
</TS>

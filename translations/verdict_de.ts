<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnnotatorAnswers</name>
    <message>
        <source>rubric %1 version %2 is missing from the project</source>
        <translation>Bewertungsschema %1 Version %2 fehlt im Projekt</translation>
    </message>
</context>
<context>
    <name>Assigner</name>
    <message>
        <source>choose a folder for the assignment batches</source>
        <translation>wählen Sie einen Ordner für die Zuweisungs-Batches</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>annotators %1 and %2 would share the file name %3; rename one of them</source>
        <translation>die Annotatoren %1 und %2 bekämen denselben Dateinamen %3; benennen Sie einen von ihnen um</translation>
    </message>
    <message>
        <source>the label %1</source>
        <translation>das Label %1</translation>
    </message>
    <message>
        <source>%1 is a folder; the batch for %2 cannot take its place</source>
        <translation>%1 ist ein Ordner; der Batch für %2 kann nicht an seine Stelle treten</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: %2</source>
        <translation>im Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot move the batch into place: %1</source>
        <translation>der Batch kann nicht an seinen Platz verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>AssignmentPlan</name>
    <message>
        <source>name at least one annotator</source>
        <translation>nennen Sie mindestens einen Annotator</translation>
    </message>
    <message>
        <source>an annotator&apos;s name is empty</source>
        <translation>der Name eines Annotators ist leer</translation>
    </message>
    <message>
        <source>annotator %1 is named twice</source>
        <translation>Annotator %1 ist doppelt genannt</translation>
    </message>
    <message>
        <source>the overlap must be between 1 and the number of annotators (%1), not %2</source>
        <translation>die Überlappung muss zwischen 1 und der Zahl der Annotatoren (%1) liegen, nicht bei %2</translation>
    </message>
    <message>
        <source>the gold rate must be at least 0 and below 1, not %1</source>
        <translation>der Gold-Anteil muss mindestens 0 und kleiner als 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>there are no tasks to assign (gold tasks only go out mixed among others)</source>
        <translation>es gibt keine Aufgaben zum Zuweisen (Gold-Aufgaben werden nur unter andere Aufgaben gemischt ausgegeben)</translation>
    </message>
    <message>
        <source>a gold rate needs gold tasks, and the project has none</source>
        <translation>ein Gold-Anteil braucht Gold-Aufgaben, und das Projekt hat keine</translation>
    </message>
    <message>
        <source>the name of annotator %1 %2</source>
        <translation>der Name von Annotator %1 %2</translation>
    </message>
</context>
<context>
    <name>AuthoredTask</name>
    <message>
        <source>the conversation has no turns; add the prompt</source>
        <translation>das Gespräch hat keine Runden; fügen Sie den Prompt hinzu</translation>
    </message>
    <message>
        <source>turn %1 (%2) is empty</source>
        <translation>Runde %1 (%2) ist leer</translation>
    </message>
    <message>
        <source>the last turn should be the user&apos;s prompt, not %1</source>
        <translation>die letzte Runde sollte der Prompt des Nutzers sein, nicht %1</translation>
    </message>
    <message>
        <source>the ideal response is empty</source>
        <translation>die ideale Antwort ist leer</translation>
    </message>
    <message>
        <source>no %1 tag</source>
        <translation>kein Tag %1</translation>
    </message>
    <message>
        <source>the model&apos;s response is empty; paste it or import it from a file</source>
        <translation>die Antwort des Modells ist leer; fügen Sie sie ein oder importieren Sie sie aus einer Datei</translation>
    </message>
    <message>
        <source>no technique</source>
        <translation>keine Technik</translation>
    </message>
    <message>
        <source>no targeted harm category</source>
        <translation>keine angezielte Schadenskategorie</translation>
    </message>
    <message>
        <source>no severity</source>
        <translation>kein Schweregrad</translation>
    </message>
    <message>
        <source>not said whether the attack succeeded</source>
        <translation>nicht angegeben, ob der Angriff erfolgreich war</translation>
    </message>
    <message>
        <source>the attack succeeded but the notes do not say what triggered it</source>
        <translation>der Angriff war erfolgreich, aber die Notizen sagen nicht, was ihn ausgelöst hat</translation>
    </message>
    <message>
        <source>SFT example by %1, revision %2</source>
        <translation>SFT-Beispiel von %1, Revision %2</translation>
    </message>
    <message>
        <source>Red-team entry by %1, revision %2</source>
        <translation>Red-Teaming-Eintrag von %1, Revision %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Technique: %1; harm category: %2; severity: %3</source>
        <translation>Technik: %1; Schadenskategorie: %2; Schweregrad: %3</translation>
    </message>
    <message>
        <source>Attack succeeded: %1</source>
        <translation>Angriff erfolgreich: %1</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
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
        <source>What triggered it: %1</source>
        <translation>Was ihn ausgelöst hat: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Ideal response: %1</source>
        <translation>Ideale Antwort: %1</translation>
    </message>
    <message>
        <source>Model response (%1): %2</source>
        <translation>Antwort des Modells (%1): %2</translation>
    </message>
    <message>
        <source>Tag %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <source>Technique: %1</source>
        <translation>Technik: %1</translation>
    </message>
    <message>
        <source>Harm category: %1</source>
        <translation>Schadenskategorie: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation>Erfolgreich: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
</context>
<context>
    <name>AuthoringStore</name>
    <message>
        <source>unreviewed</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>needs changes</source>
        <translation>Änderungen nötig</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>could not find a free task id</source>
        <translation>es wurde keine freie Aufgaben-ID gefunden</translation>
    </message>
    <message>
        <source>task %1 was not authored; duplicate it to vary it</source>
        <translation>Aufgabe %1 ist keine verfasste Aufgabe; duplizieren Sie sie, um sie zu variieren</translation>
    </message>
    <message>
        <source>revision %1 of task %2 is damaged in the project file</source>
        <translation>Revision %1 von Aufgabe %2 ist in der Projektdatei beschädigt</translation>
    </message>
    <message>
        <source>The default review rubric</source>
        <translation>Das Standard-Bewertungsschema für die Prüfung</translation>
    </message>
</context>
<context>
    <name>BatchChecker</name>
    <message>
        <source>rubric %1 version %2 comes twice in this batch with different content; a published version never changes</source>
        <translation>Bewertungsschema %1 Version %2 kommt in diesem Batch zweimal mit unterschiedlichem Inhalt vor; eine veröffentlichte Version ändert sich nie</translation>
    </message>
    <message>
        <source>task %1 comes twice in this file with a different %2; a task never changes, so give the changed one a new id</source>
        <translation>Aufgabe %1 kommt in dieser Datei zweimal mit abweichendem Feld %2 vor; eine Aufgabe ändert sich nie, geben Sie der geänderten also eine neue ID</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>rubric %1 version %2 is used but missing from the project</source>
        <translation>Bewertungsschema %1 Version %2 wird verwendet, fehlt aber im Projekt</translation>
    </message>
    <message>
        <source>an assignment needs the annotator it is for</source>
        <translation>eine Zuweisung braucht den Annotator, für den sie bestimmt ist</translation>
    </message>
    <message>
        <source>an assignment needs at least one task</source>
        <translation>eine Zuweisung braucht mindestens eine Aufgabe</translation>
    </message>
    <message>
        <source>task %1 is listed twice in the assignment</source>
        <translation>Aufgabe %1 steht zweimal in der Zuweisung</translation>
    </message>
    <message>
        <source>rubric %1 version %2 is not published in this project</source>
        <translation>Bewertungsschema %1 Version %2 ist in diesem Projekt nicht veröffentlicht</translation>
    </message>
    <message>
        <source>cancelled; no file was written</source>
        <translation>abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>no task %1 in this project</source>
        <translation>keine Aufgabe %1 in diesem Projekt</translation>
    </message>
    <message>
        <source>another export of the same batch was recorded while these were written; write them again</source>
        <translation>während diese Batches geschrieben wurden, wurde ein anderer Export desselben Batches erfasst; schreiben Sie sie erneut</translation>
    </message>
    <message>
        <source>the annotator&apos;s name %1</source>
        <translation>der Name des Annotators %1</translation>
    </message>
    <message>
        <source>other exports of this batch keep being recorded while it is written; export it again</source>
        <translation>während dieser Batch geschrieben wird, werden immer wieder andere Exporte davon erfasst; exportieren Sie ihn erneut</translation>
    </message>
</context>
<context>
    <name>BatchRecordMapper</name>
    <message>
        <source>not a batch file: it holds a JSON array, not one record per line</source>
        <translation>keine Batch-Datei: sie enthält ein JSON-Array statt eines Datensatzes pro Zeile</translation>
    </message>
    <message>
        <source>a record after the end record; the end record must be the last line</source>
        <translation>ein Datensatz nach dem Abschlussdatensatz; der Abschlussdatensatz muss die letzte Zeile sein</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>JSON-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the record has no &quot;type&quot;</source>
        <translation>der Datensatz hat keinen „type“</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>a batch starts with its manifest; found a %1 record</source>
        <translation>ein Batch beginnt mit seinem Manifest; gefunden: ein %1-Datensatz</translation>
    </message>
    <message>
        <source>the end record counts %1 records but %2 lines come before it; the file is incomplete or was changed</source>
        <translation>der Abschlussdatensatz zählt %1 Datensätze, aber davor stehen %2 Zeilen; die Datei ist unvollständig oder wurde verändert</translation>
    </message>
    <message>
        <source>a second manifest; a batch has one, on its first line</source>
        <translation>ein zweites Manifest; ein Batch hat genau eines, in seiner ersten Zeile</translation>
    </message>
    <message>
        <source>%1 records do not belong in a batch of kind %2</source>
        <translation>%1-Datensätze gehören nicht in einen Batch der Art %2</translation>
    </message>
    <message>
        <source>the assignment&apos;s rubric %1 version %2 must come before its tasks</source>
        <translation>das Bewertungsschema %1 Version %2 der Zuweisung muss vor ihren Aufgaben stehen</translation>
    </message>
    <message>
        <source>the file is empty; a batch starts with its manifest</source>
        <translation>die Datei ist leer; ein Batch beginnt mit seinem Manifest</translation>
    </message>
    <message>
        <source>no end record: the file is incomplete (was it cut short?)</source>
        <translation>kein Abschlussdatensatz: die Datei ist unvollständig (wurde sie abgeschnitten?)</translation>
    </message>
    <message>
        <source>the digest does not match: the file was changed or damaged after it was written (sha256 of the content is %1)</source>
        <translation>die Prüfsumme stimmt nicht: die Datei wurde nach dem Schreiben verändert oder beschädigt (sha256 des Inhalts ist %1)</translation>
    </message>
    <message>
        <source>the assignment has no record of its rubric %1 version %2</source>
        <translation>die Zuweisung enthält keinen Datensatz ihres Bewertungsschemas %1 Version %2</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;; expected manifest, rubric, task, annotation, gold, adjudication, final or end</source>
        <translation>unbekannte Datensatzart „%1“; erwartet: manifest, rubric, task, annotation, gold, adjudication, final oder end</translation>
    </message>
    <message>
        <source>a %1 record after %2 records; records come in the order rubric, task, annotation, gold, adjudication, final</source>
        <translation>ein %1-Datensatz nach %2-Datensätzen; Datensätze kommen in der Reihenfolge rubric, task, annotation, gold, adjudication, final</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a time like 2026-11-22T10:00:00Z</source>
        <translation>Zeitangabe wie 2026-11-22T10:00:00Z erwartet</translation>
    </message>
    <message>
        <source>missing; a rubric record carries its published version</source>
        <translation>fehlt; ein rubric-Datensatz trägt seine veröffentlichte Version</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: verdict %1</source>
        <translation>Aufruf: verdict %1</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>Argumente fehlen</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Try `verdict %1 --help`.</source>
        <translation>Siehe `verdict %1 --help`.</translation>
    </message>
    <message>
        <source>Act as PERSON (default: $VERDICT_PERSON or your login).</source>
        <translation>Als PERSON handeln (Standard: $VERDICT_PERSON oder Ihr Anmeldename).</translation>
    </message>
    <message>
        <source>--wait expects a number of seconds, such as 60, not &quot;%1&quot;</source>
        <translation>--wait erwartet eine Anzahl Sekunden, etwa 60, nicht „%1“</translation>
    </message>
    <message>
        <source>; run the command again when that has finished, or let it wait longer with --wait SECONDS</source>
        <translation>; führen Sie den Befehl erneut aus, wenn das abgeschlossen ist, oder lassen Sie ihn mit --wait SECONDS länger warten</translation>
    </message>
    <message>
        <source>When another program is writing to the project (a long import), wait up to SECONDS for it (default %1).</source>
        <translation>Wenn ein anderes Programm gerade in das Projekt schreibt (ein langer Import), bis zu SECONDS Sekunden darauf warten (Standard %1).</translation>
    </message>
    <message>
        <source>--as needs a name</source>
        <translation>--as braucht einen Namen</translation>
    </message>
    <message>
        <source>cannot tell who you are: $VERDICT_PERSON, $USER and $USERNAME are not set and your user has no login name; name yourself with --as NAME</source>
        <translation>es lässt sich nicht erkennen, wer Sie sind: $VERDICT_PERSON, $USER und $USERNAME sind nicht gesetzt, und Ihr Benutzer hat keinen Anmeldenamen; nennen Sie sich mit --as NAME</translation>
    </message>
</context>
<context>
    <name>DoccanoMapper</name>
    <message>
        <source>Imported from doccano</source>
        <translation>Aus doccano importiert</translation>
    </message>
    <message>
        <source>Made by Verdict for labels imported from doccano: spans and document labels, as seen in the imported files.</source>
        <translation>Von Verdict für aus doccano importierte Labels angelegt: Textstellen und Dokument-Labels, wie sie in den importierten Dateien vorkommen.</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>%1 is outside the text (%2 UTF-16 code units)</source>
        <translation>%1 liegt außerhalb des Textes (%2 UTF-16-Codeeinheiten)</translation>
    </message>
    <message>
        <source>%1 falls inside a character (doccano counts UTF-16 code units)</source>
        <translation>%1 fällt mitten in ein Zeichen (doccano zählt UTF-16-Codeeinheiten)</translation>
    </message>
    <message>
        <source>the span %1–%2 is empty</source>
        <translation>die Textstelle %1–%2 ist leer</translation>
    </message>
    <message>
        <source>expected a category name</source>
        <translation>Kategoriename erwartet</translation>
    </message>
    <message>
        <source>expected [start, end, &quot;label&quot;] or a label name</source>
        <translation>[start, end, &quot;label&quot;] oder ein Labelname erwartet</translation>
    </message>
    <message>
        <source>expected [start, end, &quot;label&quot;] or an entity object</source>
        <translation>[start, end, &quot;label&quot;] oder ein Entitätsobjekt erwartet</translation>
    </message>
    <message>
        <source>doccano relations are not imported; their entities are</source>
        <translation>doccano-Relationen werden nicht importiert, ihre Entitäten schon</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Verdict batch (JSONL)</source>
        <translation>Verdict-Batch (JSONL)</translation>
    </message>
    <message>
        <source>TRL preference pairs (JSONL)</source>
        <translation>TRL-Präferenzpaare (JSONL)</translation>
    </message>
    <message>
        <source>OpenAI chat SFT (JSONL)</source>
        <translation>OpenAI-Chat-SFT (JSONL)</translation>
    </message>
    <message>
        <source>Prodigy spans (JSONL)</source>
        <translation>Prodigy-Textstellen (JSONL)</translation>
    </message>
    <message>
        <source>Per-response ratings (JSONL)</source>
        <translation>Bewertungen pro Antwort (JSONL)</translation>
    </message>
    <message>
        <source>the project has no published rubric to assign work under</source>
        <translation>das Projekt hat kein veröffentlichtes Bewertungsschema, unter dem Arbeit zugewiesen werden kann</translation>
    </message>
    <message>
        <source>the project has several rubrics; choose one with --rubric</source>
        <translation>das Projekt hat mehrere Bewertungsschemata; wählen Sie eines mit --rubric</translation>
    </message>
    <message>
        <source>no published rubric %1 in this project</source>
        <translation>kein veröffentlichtes Bewertungsschema %1 in diesem Projekt</translation>
    </message>
    <message>
        <source>an assignment needs its annotator, tasks and rubric</source>
        <translation>eine Zuweisung braucht ihren Annotator, Aufgaben und ein Bewertungsschema</translation>
    </message>
    <message>
        <source>cancelled; no file was written</source>
        <translation>abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>FinalAnswerSource</name>
    <message>
        <source>task %1: rubric %2 version %3 is missing from the project</source>
        <translation>Aufgabe %1: Bewertungsschema %2 Version %3 fehlt im Projekt</translation>
    </message>
</context>
<context>
    <name>HhMapper</name>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>JSON-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing; expected the %1 transcript</source>
        <translation>fehlt; das Transkript %1 wird erwartet</translation>
    </message>
    <message>
        <source>expected a transcript of &quot;\n\nHuman: …&quot; and &quot;\n\nAssistant: …&quot; turns</source>
        <translation>ein Transkript aus „\n\nHuman: …“- und „\n\nAssistant: …“-Runden erwartet</translation>
    </message>
    <message>
        <source>the transcript must end with an assistant turn</source>
        <translation>das Transkript muss mit einer Runde des Assistenten enden</translation>
    </message>
    <message>
        <source>the rejected response is the same text as the chosen one</source>
        <translation>die abgelehnte Antwort ist derselbe Text wie die gewählte</translation>
    </message>
    <message>
        <source>chosen and rejected share no human turn that both answer with an assistant turn, so there is no common prompt to judge the two replies on</source>
        <translation>chosen und rejected haben keine gemeinsame Human-Runde, auf die beide mit einer Assistant-Runde antworten; es gibt also keinen gemeinsamen Prompt, an dem die beiden Antworten zu beurteilen wären</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark; save it as UTF-8 without one</source>
        <translation>die Datei beginnt mit einer Byte-Order-Mark; speichern Sie sie als UTF-8 ohne BOM</translation>
    </message>
    <message>
        <source>the line ends with CR LF; this format uses LF line ends only</source>
        <translation>die Zeile endet mit CR LF; dieses Format verwendet nur LF als Zeilenende</translation>
    </message>
    <message>
        <source>empty line; every line of this format holds one JSON object</source>
        <translation>leere Zeile; jede Zeile dieses Formats enthält ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the file ends in the middle of this record (was it cut short?): %1</source>
        <translation>die Datei endet mitten in diesem Datensatz (wurde sie abgeschnitten?): %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>batch %1: this is revision %2, but revision %3 was imported on %4; an older revision is refused and nothing was imported</source>
        <translation>Batch %1: dies ist Revision %2, aber Revision %3 wurde am %4 importiert; eine ältere Revision wird abgelehnt und nichts wurde importiert</translation>
    </message>
    <message>
        <source>Labels seen in %1</source>
        <translation>In %1 gefundene Labels</translation>
    </message>
    <message>
        <source>From batch %1 revision %2</source>
        <translation>Aus Batch %1 Revision %2</translation>
    </message>
    <message>
        <source>task %1 already exists in this project with a different %2; a task never changes, so give the changed one a new id</source>
        <translation>Aufgabe %1 gibt es in diesem Projekt bereits mit anderem %2; eine Aufgabe ändert sich nie, geben Sie der geänderten eine neue ID</translation>
    </message>
    <message>
        <source>no task %1 in this project; import the batch that holds it (an assignment or dataset) first</source>
        <translation>keine Aufgabe %1 in diesem Projekt; importieren Sie zuerst den Batch, der sie enthält (eine Zuweisung oder einen Datensatz)</translation>
    </message>
    <message>
        <source>%1 already annotated task %2 under rubric %3; import these answers under another name (--annotator)</source>
        <translation>%1 hat Aufgabe %2 unter Bewertungsschema %3 bereits annotiert; importieren Sie diese Antworten unter einem anderen Namen (--annotator)</translation>
    </message>
    <message>
        <source>rubric %1 version %2 is neither in this project nor in the batch</source>
        <translation>Bewertungsschema %1 Version %2 ist weder in diesem Projekt noch im Batch</translation>
    </message>
    <message>
        <source>kept the stored annotation of task %1 by %2 (revision %3, changed %4): it is not older than this one (revision %5, changed %6)</source>
        <translation>die gespeicherte Annotation von Aufgabe %1 durch %2 (Revision %3, geändert %4) wurde behalten: sie ist nicht älter als diese (Revision %5, geändert %6)</translation>
    </message>
    <message>
        <source>kept the stored gold answer of task %1 (from %2): it is not older than this one (from %3)</source>
        <translation>die gespeicherte Gold-Antwort von Aufgabe %1 (von %2) wurde behalten: sie ist nicht älter als diese (von %3)</translation>
    </message>
    <message>
        <source>kept the stored decision on %1 of task %2 (from %3): it is not older than this one (from %4)</source>
        <translation>die gespeicherte Entscheidung zu %1 von Aufgabe %2 (von %3) wurde behalten: sie ist nicht älter als diese (von %4)</translation>
    </message>
    <message>
        <source>batch %1 revision %2 was imported on %3 with other content; a changed batch needs a higher revision, and nothing was imported</source>
        <translation>Batch %1 Revision %2 wurde am %3 mit anderem Inhalt importiert; ein geänderter Batch braucht eine höhere Revision, und nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>authored task %1: revision %2 replaces revision %3; %n review(s) of it here are open again as drafts</source>
        <translation>
            <numerusform>Verfasste Aufgabe %1: Revision %2 ersetzt Revision %3; %n Prüfung davon ist hier wieder als Entwurf geöffnet</numerusform>
            <numerusform>Verfasste Aufgabe %1: Revision %2 ersetzt Revision %3; %n Prüfungen davon sind hier wieder als Entwurf geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks: %1 added, %2 already here</source>
        <translation>Aufgaben: %1 hinzugefügt, %2 schon vorhanden</translation>
    </message>
    <message>
        <source>, %1 revised</source>
        <translation>, %1 revidiert</translation>
    </message>
    <message>
        <source>annotations: %1 added, %2 replaced, %3 unchanged, %4 kept (newer ones here)</source>
        <translation>Annotationen: %1 hinzugefügt, %2 ersetzt, %3 unverändert, %4 behalten (hier neuere)</translation>
    </message>
    <message>
        <source>gold: %1 added, %2 replaced, %3 unchanged, %4 kept</source>
        <translation>Gold: %1 hinzugefügt, %2 ersetzt, %3 unverändert, %4 behalten</translation>
    </message>
    <message>
        <source>decisions: %1 added, %2 replaced, %3 unchanged, %4 kept</source>
        <translation>Entscheidungen: %1 hinzugefügt, %2 ersetzt, %3 unverändert, %4 behalten</translation>
    </message>
    <message>
        <source>rubric versions added: %1</source>
        <translation>hinzugefügte Versionen von Bewertungsschemata: %1</translation>
    </message>
    <message>
        <source>records skipped: %1 of %2 (see the warnings)</source>
        <translation>übersprungene Datensätze: %1 von %2 (siehe Warnungen)</translation>
    </message>
    <message>
        <source>this record holds a value the project cannot store (one out of range, or one that clashes with what the project holds); nothing was imported</source>
        <translation>dieser Datensatz enthält einen Wert, den das Projekt nicht speichern kann (außerhalb des zulässigen Bereichs oder im Widerspruch zum Inhalt des Projekts); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the name to credit answers to, &quot;%1&quot;: %2</source>
        <translation>der Name, dem Antworten zugeschrieben werden, „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; no record in the file can be imported (%n skipped), so nothing was imported</source>
        <translation>
            <numerusform>%1; kein Datensatz der Datei lässt sich importieren (%n übersprungen), daher wurde nichts importiert</numerusform>
            <numerusform>%1; kein Datensatz der Datei lässt sich importieren (%n übersprungen), daher wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more records were skipped; only the first %2 are listed</source>
        <translation>%1 weitere Datensätze wurden übersprungen; nur die ersten %2 sind aufgeführt</translation>
    </message>
    <message>
        <source>%1; the record is skipped</source>
        <translation>%1; der Datensatz wird übersprungen</translation>
    </message>
    <message>
        <source>no annotation or gold answer of task %1 says which rubric version the decision is under; import the annotations it decides between first</source>
        <translation>keine Annotation und keine Gold-Antwort von Aufgabe %1 gibt an, unter welcher Version des Bewertungsschemas die Entscheidung steht; importieren Sie zuerst die Annotationen, zwischen denen sie entscheidet</translation>
    </message>
    <message>
        <source>rubric %1 version %2, which the decision on task %3 is under, is neither in this project nor in the batch</source>
        <translation>Bewertungsschema %1 Version %2, unter dem die Entscheidung zu Aufgabe %3 steht, ist weder in diesem Projekt noch im Batch</translation>
    </message>
    <message>
        <source>task id</source>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <source>response id</source>
        <translation>Antwort-ID</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>Annotator</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>fehlt; erwartet: %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a whole number that fits in 64 bits, found %1</source>
        <translation>ganze Zahl erwartet, die in 64 Bit passt, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1, found %2</source>
        <translation>ganze Zahl von mindestens %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>ganze Zahl von %1 bis %2 erwartet, %3 gefunden</translation>
    </message>
</context>
<context>
    <name>JsonLineParser</name>
    <message>
        <source>NUL byte in the input (a JSON text can only hold one escaped as \u0000)</source>
        <translation>NUL-Byte in der Eingabe (ein JSON-Text kann es nur maskiert als \u0000 enthalten)</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in one object</source>
        <translation>doppelter Schlüssel „%1“ in einem Objekt</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file must be encoded as UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); die Datei muss in UTF-8 kodiert sein</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>JsonlWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>LabelStudioMapper</name>
    <message>
        <source>Imported from Label Studio</source>
        <translation>Aus Label Studio importiert</translation>
    </message>
    <message>
        <source>Made by Verdict for answers imported from Label Studio: one criterion per control (pairwise, labels, choices) seen in the imported files.</source>
        <translation>Von Verdict für aus Label Studio importierte Antworten angelegt: ein Kriterium pro Steuerelement (pairwise, labels, choices), wie es in den importierten Dateien vorkommt.</translation>
    </message>
    <message>
        <source>Label Studio predictions are not imported, only annotations</source>
        <translation>Vorhersagen aus Label Studio werden nicht importiert, nur Annotationen</translation>
    </message>
    <message>
        <source>expected a list of results</source>
        <translation>Liste von Ergebnissen erwartet</translation>
    </message>
    <message>
        <source>no text to judge in this task (it has no data)</source>
        <translation>kein zu beurteilender Text in dieser Aufgabe (sie hat keine Daten)</translation>
    </message>
    <message>
        <source>no text to judge in this task (its data holds: %1)</source>
        <translation>kein zu beurteilender Text in dieser Aufgabe (ihre Daten enthalten: %1)</translation>
    </message>
    <message>
        <source>Label Studio ground-truth marks are not imported as gold answers; the annotations are</source>
        <translation>Ground-Truth-Markierungen aus Label Studio werden nicht als Gold-Antworten importiert; die Annotationen schon</translation>
    </message>
    <message>
        <source>expected a result object</source>
        <translation>Ergebnisobjekt erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>a pairwise result names two objects</source>
        <translation>ein pairwise-Ergebnis nennt zwei Objekte</translation>
    </message>
    <message>
        <source>the pairwise result&apos;s objects are not text fields of data</source>
        <translation>die Objekte des pairwise-Ergebnisses sind keine Textfelder von data</translation>
    </message>
    <message>
        <source>not a text field of data</source>
        <translation>kein Textfeld von data</translation>
    </message>
    <message>
        <source>expected start and end offsets</source>
        <translation>Start- und End-Offset erwartet</translation>
    </message>
    <message>
        <source>expected a list of labels</source>
        <translation>Liste von Labels erwartet</translation>
    </message>
    <message>
        <source>span offsets in UTF-16 code units (an older Label Studio); converted to code points</source>
        <translation>Offsets der Textstelle in UTF-16-Codeeinheiten (ein älteres Label Studio); in Codepunkte umgerechnet</translation>
    </message>
    <message>
        <source>the span %1–%2 does not cover this text in code points or UTF-16 units</source>
        <translation>die Textstelle %1–%2 deckt diesen Text weder in Codepunkten noch in UTF-16-Einheiten ab</translation>
    </message>
    <message>
        <source>the span %1–%2 does not fit the text (%3 code points)</source>
        <translation>die Textstelle %1–%2 passt nicht in den Text (%3 Codepunkte)</translation>
    </message>
    <message>
        <source>expected label names</source>
        <translation>Labelnamen erwartet</translation>
    </message>
    <message>
        <source>expected a list of choices</source>
        <translation>Liste von Auswahlmöglichkeiten erwartet</translation>
    </message>
    <message>
        <source>expected choice names</source>
        <translation>Namen von Auswahlmöglichkeiten erwartet</translation>
    </message>
    <message>
        <source>Label Studio results of type &quot;%1&quot; are not imported</source>
        <translation>Label-Studio-Ergebnisse vom Typ „%1“ werden nicht importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither left nor right; this pairwise result is not imported</source>
        <translation>„%1“ ist weder left noch right; dieses pairwise-Ergebnis wird nicht importiert</translation>
    </message>
</context>
<context>
    <name>OpenAiMapper</name>
    <message>
        <source>expected a list of messages, found %1</source>
        <translation>Liste von Nachrichten erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a message object, found %1</source>
        <translation>Nachrichtenobjekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing; expected the speaker&apos;s role</source>
        <translation>fehlt; die Rolle des Sprechers wird erwartet</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; expected system, developer, user, assistant or tool</source>
        <translation>unbekannte Rolle „%1“; erwartet: system, developer, user, assistant oder tool</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>JSON-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing; expected the chat messages</source>
        <translation>fehlt; die Chat-Nachrichten werden erwartet</translation>
    </message>
    <message>
        <source>the last message must be the assistant&apos;s reply, the response to judge</source>
        <translation>die letzte Nachricht muss die Antwort des Assistenten sein, die zu beurteilende Antwort</translation>
    </message>
    <message>
        <source>the assistant&apos;s reply has no text to judge</source>
        <translation>die Antwort des Assistenten hat keinen zu beurteilenden Text</translation>
    </message>
</context>
<context>
    <name>ProdigyMapper</name>
    <message>
        <source>Imported from Prodigy</source>
        <translation>Aus Prodigy importiert</translation>
    </message>
    <message>
        <source>Made by Verdict for answers imported from Prodigy: span labels, the accept/reject/ignore answer and text-classification labels, as seen in the imported files.</source>
        <translation>Von Verdict für aus Prodigy importierte Antworten angelegt: Labels für Textstellen, die Antwort accept/reject/ignore und Labels zur Textklassifikation, wie sie in den importierten Dateien vorkommen.</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>expected accept, reject or ignore</source>
        <translation>accept, reject oder ignore erwartet</translation>
    </message>
    <message>
        <source>the span %1–%2 does not fit the text (%3 code points)</source>
        <translation>die Textstelle %1–%2 passt nicht in den Text (%3 Codepunkte)</translation>
    </message>
    <message>
        <source>the span %1–%2 covers &quot;%3&quot;, not this text (Prodigy counts code points)</source>
        <translation>die Textstelle %1–%2 umfasst „%3“, nicht diesen Text (Prodigy zählt Codepunkte)</translation>
    </message>
    <message>
        <source>the annotator answered &quot;ignore&quot; (set the text aside): the task is imported with a skipped annotation, so nothing is lost, and no answer is counted</source>
        <translation>der Annotator hat „ignore“ geantwortet (den Text beiseitegelegt): die Aufgabe wird mit einer übersprungenen Annotation importiert, damit nichts verloren geht, und es wird keine Antwort gezählt</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Agreement per criterion</source>
        <translation>Übereinstimmung pro Kriterium</translation>
    </message>
    <message>
        <source> (F1)</source>
        <translation> (F1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>α (F1 for spans)</source>
        <translation>α (F1 für Textstellen)</translation>
    </message>
    <message>
        <source>α = 0.667</source>
        <translation>α = 0.667</translation>
    </message>
    <message>
        <source>α = 0.800</source>
        <translation>α = 0.800</translation>
    </message>
    <message numerus="yes">
        <source>(%n undefined, see the table)</source>
        <translation>
            <numerusform>(%n nicht bestimmt, siehe Tabelle)</numerusform>
            <numerusform>(%n nicht bestimmt, siehe Tabelle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Gold accuracy (exact match) per annotator</source>
        <translation>Gold-Genauigkeit (exakte Übereinstimmung) pro Annotator</translation>
    </message>
    <message>
        <source>share exact</source>
        <translation>Anteil exakt</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Throughput: submitted per active hour</source>
        <translation>Durchsatz: abgeschickt pro aktiver Stunde</translation>
    </message>
    <message>
        <source>tasks per hour</source>
        <translation>Aufgaben pro Stunde</translation>
    </message>
    <message>
        <source>Median active time per submitted task</source>
        <translation>Mittlere aktive Zeit (Median) pro abgeschickter Aufgabe</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>no criterion</source>
        <translation>kein Kriterium</translation>
    </message>
    <message>
        <source>α, %1</source>
        <translation>α, %1</translation>
    </message>
    <message>
        <source>gold accuracy, %1</source>
        <translation>Gold-Genauigkeit, %1</translation>
    </message>
    <message>
        <source>skip rate</source>
        <translation>Überspringquote</translation>
    </message>
    <message>
        <source>escalation rate</source>
        <translation>Eskalationsquote</translation>
    </message>
    <message>
        <source>(this project)</source>
        <translation>(dieses Projekt)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgeschickt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Distribution of disagreement</source>
        <translation>Verteilung der Uneinigkeit</translation>
    </message>
    <message>
        <source>Distribution of disagreement on %1</source>
        <translation>Verteilung der Uneinigkeit bei %1</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Bradley–Terry strength per model (95% bootstrap interval)</source>
        <translation>Bradley-Terry-Stärke pro Modell (95-%-Bootstrap-Intervall)</translation>
    </message>
    <message>
        <source>log-strength</source>
        <translation>Log-Stärke</translation>
    </message>
    <message>
        <source>log-strength (0 = average)</source>
        <translation>Log-Stärke (0 = Durchschnitt)</translation>
    </message>
</context>
<context>
    <name>QualityReportDocument</name>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Gold-Genauigkeit</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Time per task</source>
        <translation>Zeit pro Aufgabe</translation>
    </message>
    <message>
        <source>Trend by week</source>
        <translation>Verlauf nach Woche</translation>
    </message>
    <message>
        <source>Quality by week</source>
        <translation>Qualität nach Woche</translation>
    </message>
    <message>
        <source>Volume by week</source>
        <translation>Menge nach Woche</translation>
    </message>
    <message>
        <source>Work finished by week</source>
        <translation>Erledigte Arbeit nach Woche</translation>
    </message>
    <message>
        <source>Trend by batch</source>
        <translation>Verlauf nach Batch</translation>
    </message>
    <message>
        <source>Quality by batch</source>
        <translation>Qualität nach Batch</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>Model strengths</source>
        <translation>Modellstärken</translation>
    </message>
    <message>
        <source>Quality readout: %1</source>
        <translation>Qualitätsbericht: %1</translation>
    </message>
    <message>
        <source>rubric version %1</source>
        <translation>Bewertungsschema-Version %1</translation>
    </message>
    <message>
        <source>all rubric versions</source>
        <translation>alle Versionen des Bewertungsschemas</translation>
    </message>
    <message>
        <source>sliced by %1</source>
        <translation>aufgeteilt nach %1</translation>
    </message>
    <message>
        <source>Computed %1 (UTC), %2.</source>
        <translation>Berechnet %1 (UTC), %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 annotators finished %2 annotations: %3 submitted, skip rate %4, escalation rate %5.</source>
        <translation>%1 Annotatoren haben %2 Annotationen erledigt: %3 abgeschickt, Überspringquote %4, Eskalationsquote %5.</translation>
    </message>
    <message>
        <source>No criterion is below α = 0.667.</source>
        <translation>Kein Kriterium liegt unter α = 0.667.</translation>
    </message>
    <message>
        <source>Below α = 0.667 (unreliable): %1.</source>
        <translation>Unter α = 0.667 (unzuverlässig): %1.</translation>
    </message>
    <message>
        <source>Between 0.667 and 0.800 (tentative conclusions only): %1.</source>
        <translation>Zwischen 0.667 und 0.800 (nur vorläufige Schlüsse): %1.</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Übereinstimmung pro Kriterium</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Skalenniveau</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Deutung</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewertende</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>No value (%1): %2.</source>
        <translation>Kein Wert (%1): %2.</translation>
    </message>
    <message>
        <source>Gold accuracy per annotator</source>
        <translation>Gold-Genauigkeit pro Annotator</translation>
    </message>
    <message>
        <source>No gold answers, or no submitted annotation of a gold task.</source>
        <translation>Keine Gold-Antworten, oder keine abgeschickte Annotation einer Gold-Aufgabe.</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Within one</source>
        <translation>Höchstens eins daneben</translation>
    </message>
    <message>
        <source>Mean abs. error</source>
        <translation>Mittlerer abs. Fehler</translation>
    </message>
    <message>
        <source>Pairs as gold</source>
        <translation>Paare wie Gold</translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation>F1 Textstellen</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgeschickt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktive Stunden</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Median-Zeit (s)</translation>
    </message>
    <message>
        <source>Skip rate</source>
        <translation>Überspringquote</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Eskalationsquote</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>Agreement and gold accuracy follow &quot;%1&quot; (α, %2). A unit counts in the week of its last annotation and in every batch that contributed to it.</source>
        <translation>Übereinstimmung und Gold-Genauigkeit beziehen sich auf „%1“ (α, %2). Eine Einheit zählt in der Woche ihrer letzten Annotation und in jedem Batch, der zu ihr beigetragen hat.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Gold exact</source>
        <translation>Gold exakt</translation>
    </message>
    <message>
        <source>Distribution of disagreement</source>
        <translation>Verteilung der Uneinigkeit</translation>
    </message>
    <message>
        <source>Pairable %1.</source>
        <translation>Paarbar: %1.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>The rubric has no ranking criterion: no preferences to compare.</source>
        <translation>Das Bewertungsschema hat kein Rangfolge-Kriterium: keine Präferenzen zu vergleichen.</translation>
    </message>
    <message>
        <source>From the preferences in &quot;%1&quot;. Rates with 95% Wilson intervals; strengths by Bradley–Terry (ties count half), 95% percentile intervals from %2 bootstrap replicates over tasks, seed %3.</source>
        <translation>Aus den Präferenzen in „%1“. Quoten mit 95-%-Wilson-Intervallen; Stärken nach Bradley-Terry (Gleichstände zählen halb), 95-%-Perzentilintervalle aus %2 Bootstrap-Wiederholungen über Aufgaben, Startwert %3.</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>A preferred</source>
        <translation>A bevorzugt</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <source>B preferred</source>
        <translation>B bevorzugt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Failure modes (span labels) and safety flags per judged response:</source>
        <translation>Fehlerarten (Labels von Textstellen) und Sicherheitsmeldungen pro beurteilter Antwort:</translation>
    </message>
    <message>
        <source>Label or flag</source>
        <translation>Label oder Meldung</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <source>Rate [95% CI]</source>
        <translation>Quote [95-%-KI]</translation>
    </message>
    <message>
        <source>Never marked on any model: %1.</source>
        <translation>Bei keinem Modell markiert: %1.</translation>
    </message>
    <message>
        <source>How these figures are computed</source>
        <translation>Wie diese Zahlen berechnet werden</translation>
    </message>
    <message>
        <source>Only submitted annotations count. Agreement: Krippendorff&apos;s α (Krippendorff 2011) over units (a task, a task&apos;s response, or a pair of responses for rankings); Cohen&apos;s κ per pair of annotators and their mean; Fleiss&apos; κ; percent agreement over pairs of values. Throughput is submitted tasks per hour of active time; time per task is the median active time of a submitted task; skip and escalation rates are shares of finished tasks. Details: docs/metrics.md.</source>
        <translation>Nur abgeschickte Annotationen zählen. Übereinstimmung: Krippendorffs α (Krippendorff 2011) über Einheiten (eine Aufgabe, eine Antwort einer Aufgabe oder ein Antwortpaar bei Rangfolgen); Cohens κ pro Paar von Annotatoren und ihr Mittelwert; Fleiss&apos; κ; prozentuale Übereinstimmung über Wertepaare. Der Durchsatz ist abgeschickte Aufgaben pro Stunde aktiver Zeit; die Zeit pro Aufgabe ist der Median der aktiven Zeit einer abgeschickten Aufgabe; Überspring- und Eskalationsquote sind Anteile der erledigten Aufgaben. Details: docs/metrics.md.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>a line longer than %1 MiB; is this a JSONL file?</source>
        <translation>eine Zeile länger als %1 MiB; ist das eine JSONL-Datei?</translation>
    </message>
    <message>
        <source>the file ends before the array is closed with ]</source>
        <translation>die Datei endet, bevor das Array mit ] geschlossen wird</translation>
    </message>
    <message>
        <source>unexpected data after the closing ] of the array</source>
        <translation>unerwartete Daten nach dem schließenden ] des Arrays</translation>
    </message>
    <message>
        <source>unexpected data after the object</source>
        <translation>unerwartete Daten nach dem Objekt</translation>
    </message>
    <message>
        <source>expected [ to open an array of records</source>
        <translation>[ erwartet, um ein Array von Datensätzen zu öffnen</translation>
    </message>
    <message>
        <source>expected a record before ,</source>
        <translation>Datensatz vor , erwartet</translation>
    </message>
    <message>
        <source>expected , or ] after a record</source>
        <translation>, oder ] nach einem Datensatz erwartet</translation>
    </message>
    <message>
        <source>a record longer than %1 MiB</source>
        <translation>ein Datensatz länger als %1 MiB</translation>
    </message>
    <message>
        <source>the file ends inside a record</source>
        <translation>die Datei endet innerhalb eines Datensatzes</translation>
    </message>
    <message>
        <source>a comma before the closing ] (JSON has no trailing commas)</source>
        <translation>ein Komma vor der schließenden ] (JSON kennt keine abschließenden Kommas)</translation>
    </message>
</context>
<context>
    <name>RedTeamReport</name>
    <message>
        <source>no outcome recorded</source>
        <translation>kein Ergebnis erfasst</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source># Red-team report: %1</source>
        <translation># Red-Teaming-Bericht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; the attack succeeded in %1.</source>
        <translation>
            <numerusform>%n Eintrag; der Angriff war erfolgreich: %1.</numerusform>
            <numerusform>%n Einträge; der Angriff war erfolgreich: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A success rate counts the entries that say whether the attack succeeded; entries without an outcome are counted under Entries only.</source>
        <translation>Eine Erfolgsquote zählt die Einträge, die angeben, ob der Angriff erfolgreich war; Einträge ohne Ergebnis werden nur unter „Einträge“ gezählt.</translation>
    </message>
    <message>
        <source>| %1 | Technique | Entries | Succeeded | Withstood | Success rate |</source>
        <translation>| %1 | Technik | Einträge | Erfolgreich | Abgewehrt | Erfolgsquote |</translation>
    </message>
    <message>
        <source>| %1 | Entries | Succeeded | Withstood | Success rate |</source>
        <translation>| %1 | Einträge | Erfolgreich | Abgewehrt | Erfolgsquote |</translation>
    </message>
    <message>
        <source>By harm category</source>
        <translation>Nach Schadenskategorie</translation>
    </message>
    <message>
        <source>Harm category</source>
        <translation>Schadenskategorie</translation>
    </message>
    <message>
        <source>By technique</source>
        <translation>Nach Technik</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>By harm category and technique</source>
        <translation>Nach Schadenskategorie und Technik</translation>
    </message>
    <message>
        <source>## Entries</source>
        <translation>## Einträge</translation>
    </message>
    <message>
        <source>outcome not recorded</source>
        <translation>Ergebnis nicht erfasst</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>withstood</source>
        <translation>abgewehrt</translation>
    </message>
    <message>
        <source>### %1 (revision %2, by %3)</source>
        <translation>### %1 (Revision %2, von %3)</translation>
    </message>
    <message>
        <source>- Harm category: %1; technique: %2; severity: %3; %4; review: %5</source>
        <translation>- Schadenskategorie: %1; Technik: %2; Schweregrad: %3; %4; Prüfung: %5</translation>
    </message>
    <message>
        <source>- Prompt: %1</source>
        <translation>- Prompt: %1</translation>
    </message>
    <message>
        <source>- What triggered it: %1</source>
        <translation>- Was ihn ausgelöst hat: %1</translation>
    </message>
    <message>
        <source>Red-team report: %1</source>
        <translation>Red-Teaming-Bericht: %1</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Withstood</source>
        <translation>Abgewehrt</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>%1 (revision %2, by %3)</source>
        <translation>%1 (Revision %2, von %3)</translation>
    </message>
    <message>
        <source>Harm category: %1; technique: %2; severity: %3; %4; review: %5</source>
        <translation>Schadenskategorie: %1; Technik: %2; Schweregrad: %3; %4; Prüfung: %5</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <source>What triggered it: %1</source>
        <translation>Was ihn ausgelöst hat: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>TrlMapper</name>
    <message>
        <source>Imported preferences</source>
        <translation>Importierte Präferenzen</translation>
    </message>
    <message>
        <source>Made by Verdict for preference pairs imported from TRL and Anthropic HH files: the chosen response ranks above the rejected one.</source>
        <translation>Von Verdict für aus TRL- und Anthropic-HH-Dateien importierte Präferenzpaare angelegt: die gewählte Antwort steht über der abgelehnten.</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>JSON-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing; expected the %1 response</source>
        <translation>fehlt; die Antwort %1 wird erwartet</translation>
    </message>
    <message>
        <source>chosen and rejected must both be text or both be messages</source>
        <translation>chosen und rejected müssen beide Text oder beide Nachrichten sein</translation>
    </message>
    <message>
        <source>expected text, like chosen and rejected</source>
        <translation>Text erwartet, wie bei chosen und rejected</translation>
    </message>
    <message>
        <source>the rejected response is the same text as the chosen one</source>
        <translation>die abgelehnte Antwort ist derselbe Text wie die gewählte</translation>
    </message>
    <message>
        <source>expected messages after the prompt that end with an assistant message</source>
        <translation>nach dem Prompt werden Nachrichten erwartet, die mit einer Nachricht des Assistenten enden</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>answers must be an object keyed by criterion</source>
        <translation>answers muss ein Objekt mit Kriterien als Schlüsseln sein</translation>
    </message>
    <message>
        <source>not a criterion of rubric %1 version %2</source>
        <translation>kein Kriterium von Bewertungsschema %1 Version %2</translation>
    </message>
    <message>
        <source>required: %1 is not answered</source>
        <translation>Pflichtangabe: %1 ist nicht beantwortet</translation>
    </message>
    <message>
        <source>expected an object keyed by response id, found %1</source>
        <translation>Objekt mit Antwort-IDs als Schlüsseln erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>task %1 has no response &quot;%2&quot;</source>
        <translation>Aufgabe %1 hat keine Antwort „%2“</translation>
    </message>
    <message>
        <source>required: %1 is not answered for response %2</source>
        <translation>Pflichtangabe: %1 ist für Antwort %2 nicht beantwortet</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>ganze Zahl von %1 bis %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2–%3</source>
        <translation>%1 liegt außerhalb der Skala %2–%3</translation>
    </message>
    <message>
        <source>expected one option, found %1</source>
        <translation>eine Option erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>Text erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>required: %1 is empty</source>
        <translation>Pflichtangabe: %1 ist leer</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n characters</source>
        <translation>
            <numerusform>braucht mindestens %n Zeichen</numerusform>
            <numerusform>braucht mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>(has %1)</source>
        <translation>(hat %1)</translation>
    </message>
    <message>
        <source>expected an object with &quot;text&quot; and an optional &quot;seed&quot; response</source>
        <translation>Objekt mit „text“ und optionaler „seed“-Antwort erwartet</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>expected groups of response ids, best first, like [[&quot;b&quot;],[&quot;a&quot;,&quot;c&quot;]]</source>
        <translation>Gruppen von Antwort-IDs erwartet, die beste zuerst, wie [[&quot;b&quot;],[&quot;a&quot;,&quot;c&quot;]]</translation>
    </message>
    <message>
        <source>a group of the ranking is empty</source>
        <translation>eine Gruppe der Rangfolge ist leer</translation>
    </message>
    <message>
        <source>response %1 is ranked twice</source>
        <translation>Antwort %1 ist zweimal eingeordnet</translation>
    </message>
    <message>
        <source>the ranking must place every response; missing %1</source>
        <translation>die Rangfolge muss jede Antwort einordnen; es fehlt %1</translation>
    </message>
    <message>
        <source>expected a list of options, found %1</source>
        <translation>Liste von Optionen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an option, found %1</source>
        <translation>Option erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is chosen twice</source>
        <translation>Option „%1“ ist zweimal gewählt</translation>
    </message>
    <message>
        <source>expected a list of spans like {&quot;start&quot;: 0, &quot;end&quot;: 5, &quot;label&quot;: &quot;…&quot;}</source>
        <translation>Liste von Textstellen erwartet, wie {&quot;start&quot;: 0, &quot;end&quot;: 5, &quot;label&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>unknown label &quot;%1&quot;</source>
        <translation>unbekanntes Label „%1“</translation>
    </message>
    <message>
        <source>%1 is before the start of the text</source>
        <translation>%1 liegt vor dem Anfang des Textes</translation>
    </message>
    <message>
        <source>the span %1–%2 is empty</source>
        <translation>die Textstelle %1–%2 ist leer</translation>
    </message>
    <message numerus="yes">
        <source>%1 is beyond the end of response %2 (%n characters)</source>
        <translation>
            <numerusform>%1 liegt hinter dem Ende von Antwort %2 (%n Zeichen)</numerusform>
            <numerusform>%1 liegt hinter dem Ende von Antwort %2 (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the same span is tagged twice</source>
        <translation>dieselbe Textstelle ist zweimal markiert</translation>
    </message>
    <message>
        <source>expected a list of flags like {&quot;category&quot;: &quot;…&quot;, &quot;severity&quot;: &quot;…&quot;}</source>
        <translation>Liste von Meldungen erwartet, wie {&quot;category&quot;: &quot;…&quot;, &quot;severity&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>unbekannter Schweregrad „%1“</translation>
    </message>
</context>
<context>
    <name>verdict::AboutDialog</name>
    <message>
        <source>About Verdict</source>
        <translation>Über Verdict</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Verdict %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verdict %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An offline workbench for the people who make LLM training and evaluation data: rank, score and tag model responses, write rubrics, measure agreement and adjudicate, with no server and no network.</source>
        <translation>Eine Offline-Werkbank für alle, die Trainings- und Evaluationsdaten für LLMs erstellen: Modellantworten einordnen, bewerten und markieren, Bewertungsschemata schreiben, Übereinstimmung messen und schlichten – ohne Server und ohne Netzwerk.</translation>
    </message>
    <message>
        <source>&amp;Libraries in use:</source>
        <translation>Verwendete &amp;Bibliotheken:</translation>
    </message>
    <message>
        <source>Each library Verdict runs on and its version</source>
        <translation>Jede Bibliothek, auf der Verdict läuft, und ihre Version</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt (running)</source>
        <translation>Qt (zur Laufzeit)</translation>
    </message>
    <message>
        <source>Qt (built with)</source>
        <translation>Qt (beim Bauen)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>not available (Qt&apos;s SQLite driver is missing)</source>
        <translation>nicht verfügbar (der SQLite-Treiber von Qt fehlt)</translation>
    </message>
    <message>
        <source>KDE Syntax Highlighting</source>
        <translation>KDE Syntax Highlighting</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the versions to the clipboard, for a problem report</source>
        <translation>Kopiert die Versionen in die Zwischenablage, für eine Fehlermeldung</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Verwendete Bibliotheken</translation>
    </message>
</context>
<context>
    <name>verdict::AddSpanCommand</name>
    <message>
        <source>Tag span</source>
        <translation>Textstelle markieren</translation>
    </message>
</context>
<context>
    <name>verdict::AdjudicationQueue</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>verdict::AdjudicationQueueModel</name>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>(whole task)</source>
        <translation>(ganze Aufgabe)</translation>
    </message>
    <message>
        <source>Task %1, %2, disagreement %3%, %4</source>
        <translation>Aufgabe %1, %2, Uneinigkeit %3 %, %4</translation>
    </message>
    <message>
        <source>whole task</source>
        <translation>ganze Aufgabe</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>verdict::AdjudicationStore</name>
    <message>
        <source>no task with id %1</source>
        <translation>keine Aufgabe mit der ID %1</translation>
    </message>
    <message>
        <source>the decision on %1 / %2 is damaged in the project file</source>
        <translation>die Entscheidung zu %1 / %2 ist in der Projektdatei beschädigt</translation>
    </message>
</context>
<context>
    <name>verdict::AdjudicationWindow</name>
    <message>
        <source>Adjudication — %1</source>
        <translation>Schlichtung – %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation>Alle Kriterien</translation>
    </message>
    <message>
        <source>Consensus rule</source>
        <translation>Konsensregel</translation>
    </message>
    <message>
        <source>Majority agrees</source>
        <translation>Mehrheit stimmt überein</translation>
    </message>
    <message>
        <source>Everyone agrees</source>
        <translation>Alle stimmen überein</translation>
    </message>
    <message>
        <source>Sho&amp;w decided</source>
        <translation>Ents&amp;chiedene zeigen</translation>
    </message>
    <message>
        <source>Escalated o&amp;nly</source>
        <translation>Nur es&amp;kalierte</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Kriterium:</translation>
    </message>
    <message>
        <source>Agreed when:</source>
        <translation>Einig, wenn:</translation>
    </message>
    <message>
        <source>Adjudication queue</source>
        <translation>Schlichtungswarteschlange</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Zu entscheiden</translation>
    </message>
    <message>
        <source>Annotators&apos; answers</source>
        <translation>Antworten der Annotatoren</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Accept Selected</source>
        <translation>Aus&amp;wahl übernehmen</translation>
    </message>
    <message>
        <source>Make the selected person&apos;s answer the final one (Ctrl+Return)</source>
        <translation>Die Antwort der gewählten Person zur endgültigen machen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Merge Spans</source>
        <translation>Textstellen &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Start your answer from every span the selected people tagged</source>
        <translation>Die eigene Antwort aus allen Textstellen beginnen, die die gewählten Personen markiert haben</translation>
    </message>
    <message>
        <source>Start &amp;Own From Selected</source>
        <translation>Eige&amp;ne aus Auswahl beginnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Antwort&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Decide With &amp;Your Answer</source>
        <translation>Mit &amp;Ihrer Antwort entscheiden</translation>
    </message>
    <message>
        <source>Make your answer the final one (Ctrl+Shift+Return)</source>
        <translation>Ihre Antwort zur endgültigen machen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Rationale (needed when you override the majority):</source>
        <translation>Begründ&amp;ung (nötig, wenn Sie die Mehrheit überstimmen):</translation>
    </message>
    <message>
        <source>Use as an e&amp;xample in the guidelines</source>
        <translation>Als Bei&amp;spiel in den Richtlinien verwenden</translation>
    </message>
    <message>
        <source>Resol&amp;ve Escalation</source>
        <translation>Eskalation &amp;auflösen</translation>
    </message>
    <message>
        <source>Promote Task to &amp;Gold</source>
        <translation>Aufgabe zu &amp;Gold machen</translation>
    </message>
    <message>
        <source>Make the task&apos;s final answers its gold answer, with the rationale (Ctrl+G)</source>
        <translation>Die endgültigen Antworten der Aufgabe mit der Begründung zu ihrer Gold-Antwort machen (Strg+G)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Finding disagreements… %p%</source>
        <translation>Uneinigkeiten werden gesucht … %p %</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;Edge-Case Catalogue…</source>
        <translation>Katalog der &amp;Grenzfälle exportieren …</translation>
    </message>
    <message>
        <source>Export Edge-Case Catalogue</source>
        <translation>Katalog der Grenzfälle exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
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
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>&amp;Accept Selected Answer</source>
        <translation>Gewählte Antwort ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Spans</source>
        <translation>Gewählte Textstellen &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Start Own Answer From &amp;Selected</source>
        <translation>Eigene Antwort aus der Aus&amp;wahl beginnen</translation>
    </message>
    <message>
        <source>&amp;Next in Queue</source>
        <translation>&amp;Nächste in der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Previous in Queue</source>
        <translation>&amp;Vorherige in der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Refresh Queue</source>
        <translation>Warteschlange a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Cannot build the queue: %1</source>
        <translation>Die Warteschlange kann nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to decide</source>
        <translation>
            <numerusform>%n Eintrag zu entscheiden</numerusform>
            <numerusform>%n Einträge zu entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>Cannot read task %1</source>
        <translation>Aufgabe %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Task %1 was escalated</source>
        <translation>Aufgabe %1 wurde eskaliert</translation>
    </message>
    <message>
        <source>Read the task and what the annotators said, then resolve it with a note.</source>
        <translation>Lesen Sie die Aufgabe und was die Annotatoren gesagt haben, und lösen Sie sie dann mit einer Notiz.</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgeschickt</translation>
    </message>
    <message>
        <source>The rubric these annotations were made under has no criterion %1</source>
        <translation>Das Bewertungsschema, unter dem diese Annotationen entstanden, hat kein Kriterium %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n people · disagreement %2%</source>
        <translation>
            <numerusform>%1 · %n Person · Uneinigkeit %2 %</numerusform>
            <numerusform>%1 · %n Personen · Uneinigkeit %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>(majority)</source>
        <translation>(Mehrheit)</translation>
    </message>
    <message>
        <source>your answer · %1</source>
        <translation>Ihre Antwort · %1</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Noch nicht entschieden.</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation>Eskalation aufgelöst</translation>
    </message>
    <message>
        <source>accepted from %1</source>
        <translation>von %1 übernommen</translation>
    </message>
    <message>
        <source>written by the lead</source>
        <translation>von der Leitung geschrieben</translation>
    </message>
    <message>
        <source>Decided: %1 — %2, by %3</source>
        <translation>Entschieden: %1 – %2, von %3</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Select one person&apos;s answer to accept</source>
        <translation>Wählen Sie die Antwort einer Person zum Übernehmen</translation>
    </message>
    <message>
        <source>Accept %1&apos;s answer on %2</source>
        <translation>Antwort von %1 zu %2 übernehmen</translation>
    </message>
    <message>
        <source>Decide %1 on %2</source>
        <translation>%1 zu %2 entscheiden</translation>
    </message>
    <message>
        <source>Your answer now holds the spans of %1; remove what does not belong, then decide.</source>
        <translation>Ihre Antwort enthält jetzt die Textstellen von %1; entfernen Sie, was nicht dazugehört, und entscheiden Sie dann.</translation>
    </message>
    <message>
        <source>Say how the escalation was resolved in the rationale</source>
        <translation>Schreiben Sie in die Begründung, wie die Eskalation aufgelöst wurde</translation>
    </message>
    <message>
        <source>Resolve the escalation of %1</source>
        <translation>Eskalation von %1 auflösen</translation>
    </message>
    <message>
        <source>Say why these answers are the truth in the rationale before promoting to gold</source>
        <translation>Begründen Sie, warum diese Antworten stimmen, bevor Sie sie zu Gold machen</translation>
    </message>
    <message>
        <source>Task %1 is gold.</source>
        <translation>Aufgabe %1 ist Gold.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Focus Ra&amp;tionale</source>
        <translation>Zur Beg&amp;ründung</translation>
    </message>
    <message>
        <source>Shows the disagreements on this criterion only</source>
        <translation>Zeigt nur die Uneinigkeiten bei diesem Kriterium</translation>
    </message>
    <message>
        <source>When the annotators count as agreeing</source>
        <translation>Wann die Annotatoren als einig gelten</translation>
    </message>
    <message>
        <source>Also lists what is already decided</source>
        <translation>Listet auch bereits Entschiedenes auf</translation>
    </message>
    <message>
        <source>Lists only the tasks a trainer escalated</source>
        <translation>Listet nur die Aufgaben auf, die ein Trainer eskaliert hat</translation>
    </message>
    <message>
        <source>The disagreements and escalations to decide</source>
        <translation>Die zu entscheidenden Uneinigkeiten und Eskalationen</translation>
    </message>
    <message>
        <source>Each person&apos;s answer on the current criterion; select one to accept it</source>
        <translation>Die Antwort jeder Person zum aktuellen Kriterium; wählen Sie eine, um sie zu übernehmen</translation>
    </message>
    <message>
        <source>Starts your own answer from the selected person&apos;s</source>
        <translation>Beginnt Ihre eigene Antwort mit der der gewählten Person</translation>
    </message>
    <message>
        <source>Why the final answer is right; needed when it overrides the majority</source>
        <translation>Warum die endgültige Antwort stimmt; nötig, wenn sie die Mehrheit überstimmt</translation>
    </message>
    <message>
        <source>Lists this decision in the edge-case catalogue</source>
        <translation>Nimmt diese Entscheidung in den Katalog der Grenzfälle auf</translation>
    </message>
    <message>
        <source>Closes the escalation with the rationale as its note</source>
        <translation>Schließt die Eskalation mit der Begründung als Notiz</translation>
    </message>
</context>
<context>
    <name>verdict::AdoptAnswerCommand</name>
    <message>
        <source>Start from %1&apos;s answer</source>
        <translation>Mit der Antwort von %1 beginnen</translation>
    </message>
</context>
<context>
    <name>verdict::AgreementAnalysis</name>
    <message>
        <source>no rubric has a criterion &quot;%1&quot;</source>
        <translation>kein Bewertungsschema hat ein Kriterium „%1“</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ, linear weights</source>
        <translation>Cohens κ, lineare Gewichte</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ, quadratic weights</source>
        <translation>Cohens κ, quadratische Gewichte</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss&apos; κ</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Pairwise preference agreement</source>
        <translation>Paarweise Präferenz-Übereinstimmung</translation>
    </message>
    <message>
        <source>Kendall&apos;s τ-b</source>
        <translation>Kendalls τ-b</translation>
    </message>
    <message>
        <source>Exact-match F1</source>
        <translation>F1 bei exakter Übereinstimmung</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 bei Überlappung</translation>
    </message>
</context>
<context>
    <name>verdict::AnnotationSession</name>
    <message>
        <source>the annotation of %1 was made under rubric %2 version %3, which this project does not have</source>
        <translation>die Annotation von %1 entstand unter Bewertungsschema %2 Version %3, das dieses Projekt nicht hat</translation>
    </message>
    <message>
        <source>Rate %1: %2</source>
        <translation>%1 bewerten: %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>Add flag</source>
        <translation>Meldung hinzufügen</translation>
    </message>
    <message>
        <source>Type flag note</source>
        <translation>Notiz zur Meldung eingeben</translation>
    </message>
    <message>
        <source>Change flag</source>
        <translation>Meldung ändern</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Meldung entfernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Start %1 from a response</source>
        <translation>%1 aus einer Antwort beginnen</translation>
    </message>
    <message>
        <source>task %1 is not complete: %2</source>
        <translation>Aufgabe %1 ist nicht vollständig: %2</translation>
    </message>
    <message>
        <source>a skip needs a reason</source>
        <translation>Überspringen braucht einen Grund</translation>
    </message>
    <message>
        <source>an escalation needs a note for the lead</source>
        <translation>eine Eskalation braucht eine Notiz für die Leitung</translation>
    </message>
</context>
<context>
    <name>verdict::AnnotationStore</name>
    <message>
        <source>no task with id %1</source>
        <translation>keine Aufgabe mit der ID %1</translation>
    </message>
    <message>
        <source>an annotation needs an annotator</source>
        <translation>eine Annotation braucht einen Annotator</translation>
    </message>
    <message>
        <source>the annotation of %1 by %2 is damaged in the project file: %3</source>
        <translation>die Annotation von %1 durch %2 ist in der Projektdatei beschädigt: %3</translation>
    </message>
</context>
<context>
    <name>verdict::AnswerOverlay</name>
    <message>
        <source>place %1</source>
        <translation>Platz %1</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdict::AnswerText</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>eskalieren</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
</context>
<context>
    <name>verdict::AssignDialog</name>
    <message>
        <source>Assign Work</source>
        <translation>Arbeit zuweisen</translation>
    </message>
    <message>
        <source>ana, ben, chen</source>
        <translation>ana, ben, chen</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>The people to hand work to, names separated by commas</source>
        <translation>Die Personen, die Arbeit erhalten, Namen durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>&amp;Annotatoren:</translation>
    </message>
    <message>
        <source> people per task</source>
        <translation> Personen pro Aufgabe</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>How many distinct annotators work every task</source>
        <translation>Wie viele verschiedene Annotatoren jede Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>Ü&amp;berlappung:</translation>
    </message>
    <message>
        <source>Gold rate</source>
        <translation>Gold-Anteil</translation>
    </message>
    <message>
        <source>&amp;Gold rate:</source>
        <translation>&amp;Gold-Anteil:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Shuffles each person&apos;s order; the same seed gives the same order</source>
        <translation>Mischt die Reihenfolge jeder Person; derselbe Startwert ergibt dieselbe Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>week-48 (optional; a new label starts new batches)</source>
        <translation>kw-48 (optional; ein neues Label beginnt neue Batches)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Names this round; a new label gives new batches instead of new revisions</source>
        <translation>Benennt diese Runde; ein neues Label ergibt neue Batches statt neuer Revisionen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Calibration round: send the gold answers and show them after each submit</source>
        <translation>&amp;Kalibrierungsrunde: die Gold-Antworten mitschicken und nach jedem Abschicken zeigen</translation>
    </message>
    <message>
        <source>The batches carry the gold answers, and the workbench shows them after each submit</source>
        <translation>Die Batches enthalten die Gold-Antworten, und die Werkbank zeigt sie nach jedem Abschicken</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Where the assignment batches are written; created when missing</source>
        <translation>Wohin die Zuweisungs-Batches geschrieben werden; wird angelegt, wenn er fehlt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the folder for the batches</source>
        <translation>Den Ordner für die Batches wählen</translation>
    </message>
    <message>
        <source>Opens a folder chooser</source>
        <translation>Öffnet eine Ordnerauswahl</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Each person&apos;s share</source>
        <translation>Anteil jeder Person</translation>
    </message>
    <message>
        <source>How many tasks each annotator gets, and how many of them are gold</source>
        <translation>Wie viele Aufgaben jeder Annotator erhält und wie viele davon Gold-Aufgaben sind</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Of them gold</source>
        <translation>Davon Gold</translation>
    </message>
    <message>
        <source>&amp;Write Batches</source>
        <translation>Batches &amp;schreiben</translation>
    </message>
    <message>
        <source>Writes one assignment batch per annotator</source>
        <translation>Schreibt einen Zuweisungs-Batch pro Annotator</translation>
    </message>
    <message>
        <source>Closes without writing anything</source>
        <translation>Schließt, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>Choose a folder for the batches.</source>
        <translation>Wählen Sie einen Ordner für die Batches.</translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s) to %1.</source>
        <translation>
            <numerusform>Schreibt %n Datei nach %1.</numerusform>
            <numerusform>Schreibt %n Dateien nach %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Assignment Batches</source>
        <translation>Ordner für die Zuweisungs-Batches</translation>
    </message>
    <message>
        <source>Every task goes to as many distinct people as the overlap says; gold tasks are mixed in unmarked and go out like any other task. One assignment batch per person is written to the folder.</source>
        <translation>Jede Aufgabe geht an so viele verschiedene Personen, wie die Überlappung angibt; Gold-Aufgaben werden unmarkiert daruntergemischt und wie jede andere Aufgabe verteilt. Für jede Person wird ein Zuweisungs-Batch in den Ordner geschrieben.</translation>
    </message>
    <message>
        <source> % of the tasks</source>
        <translation> % der Aufgaben</translation>
    </message>
    <message>
        <source>The share of the tasks handed out that are hidden gold tasks, in percent, as far as there are gold tasks; each goes to as many people as any task</source>
        <translation>Der Anteil verdeckter Gold-Aufgaben an den verteilten Aufgaben, in Prozent, soweit es Gold-Aufgaben gibt; jede geht an so viele Personen wie jede andere Aufgabe</translation>
    </message>
</context>
<context>
    <name>verdict::AuthoredListModel</name>
    <message>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <source>Red team</source>
        <translation>Red-Teaming</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n field(s) missing</source>
        <translation>
            <numerusform>%1, %n Feld fehlt</numerusform>
            <numerusform>%1, %n Felder fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>verdict::AuthoringEditor</name>
    <message>
        <source>S&amp;ystem prompt (optional)</source>
        <translation>S&amp;ystem-Prompt (optional)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation; may stay empty</source>
        <translation>Anweisungen, die das Modell vor dem Gespräch erhält; darf leer bleiben</translation>
    </message>
    <message>
        <source>Leave empty for none</source>
        <translation>Leer lassen, wenn es keinen gibt</translation>
    </message>
    <message>
        <source>Conversation (Ctrl+T adds a turn, Ctrl+Shift+Delete removes it, Alt+Shift+Up/Down moves it)</source>
        <translation>Gespräch (Strg+T fügt eine Runde hinzu, Strg+Umschalt+Entf entfernt sie, Alt+Umschalt+Pfeil hoch/runter verschiebt sie)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>Model that answered</source>
        <translation>Modell, das geantwortet hat</translation>
    </message>
    <message>
        <source>The name and version of the model whose response this is</source>
        <translation>Name und Version des Modells, von dem diese Antwort stammt</translation>
    </message>
    <message>
        <source>&amp;Import Response from File…</source>
        <translation>Antwort aus Datei &amp;importieren …</translation>
    </message>
    <message>
        <source>Reads the model&apos;s response from a text or Markdown file</source>
        <translation>Liest die Antwort des Modells aus einer Text- oder Markdown-Datei</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Fachgebiet:</translation>
    </message>
    <message>
        <source>I&amp;ntent:</source>
        <translation>&amp;Absicht:</translation>
    </message>
    <message>
        <source>Di&amp;fficulty:</source>
        <translation>Sch&amp;wierigkeit:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Red team</source>
        <translation>Red-Teaming</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>&amp;Technik:</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>&amp;Harm category:</source>
        <translation>Schadens&amp;kategorie:</translation>
    </message>
    <message>
        <source>Targeted harm category</source>
        <translation>Angezielte Schadenskategorie</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Did the attack succeed?</source>
        <translation>War der Angriff erfolgreich?</translation>
    </message>
    <message>
        <source>Whether the model gave way to the attack</source>
        <translation>Ob das Modell dem Angriff nachgegeben hat</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Yes, the model did the harmful thing</source>
        <translation>Ja, das Modell hat das Schädliche getan</translation>
    </message>
    <message>
        <source>No, the model withstood it</source>
        <translation>Nein, das Modell hat ihn abgewehrt</translation>
    </message>
    <message>
        <source>S&amp;ucceeded:</source>
        <translation>&amp;Erfolgreich:</translation>
    </message>
    <message>
        <source>Notes on what triggered it</source>
        <translation>Notizen dazu, was ihn ausgelöst hat</translation>
    </message>
    <message>
        <source>Which turn or wording made the model give way, and how</source>
        <translation>Welche Runde oder Formulierung das Modell nachgeben ließ, und wie</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Missing fields</source>
        <translation>Fehlende Felder</translation>
    </message>
    <message>
        <source>Import the Model&apos;s Response</source>
        <translation>Antwort des Modells importieren</translation>
    </message>
    <message>
        <source>A value from the rubric&apos;s %1 taxonomy</source>
        <translation>Ein Wert aus der Taxonomie %1 des Bewertungsschemas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>%1 (not in the rubric)</source>
        <translation>%1 (nicht im Bewertungsschema)</translation>
    </message>
    <message>
        <source>&amp;Ideal response (Markdown; code in fenced blocks is highlighted)</source>
        <translation>I&amp;deale Antwort (Markdown; Code in Codeblöcken wird hervorgehoben)</translation>
    </message>
    <message>
        <source>Model&apos;s &amp;response (paste it, or import it from a file)</source>
        <translation>Antwo&amp;rt des Modells (einfügen oder aus einer Datei importieren)</translation>
    </message>
    <message>
        <source>Ideal response</source>
        <translation>Ideale Antwort</translation>
    </message>
    <message>
        <source>Model&apos;s response</source>
        <translation>Antwort des Modells</translation>
    </message>
    <message>
        <source>The answer you would want the model to give</source>
        <translation>Die Antwort, die das Modell geben sollte</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation>%1: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Every required field is filled.</source>
        <translation>Alle Pflichtfelder sind ausgefüllt.</translation>
    </message>
    <message>
        <source>Still missing before review or export: %1.</source>
        <translation>Fehlt noch vor Prüfung oder Export: %1.</translation>
    </message>
    <message>
        <source>Edit the system prompt</source>
        <translation>System-Prompt bearbeiten</translation>
    </message>
    <message>
        <source>Edit the response</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <source>Edit the model&apos;s name</source>
        <translation>Modellnamen bearbeiten</translation>
    </message>
    <message>
        <source>Change whether the attack succeeded</source>
        <translation>Ändern, ob der Angriff gelang</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>Import the response</source>
        <translation>Antwort importieren</translation>
    </message>
</context>
<context>
    <name>verdict::AuthoringWindow</name>
    <message>
        <source>none reviewed</source>
        <translation>keine geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Authored tasks</source>
        <translation>Verfasste Aufgaben</translation>
    </message>
    <message>
        <source>SFT examples and red-team entries with their status; choose one to edit it</source>
        <translation>SFT-Beispiele und Red-Teaming-Einträge mit ihrem Status; wählen Sie einen Eintrag, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>Reviews of this task</source>
        <translation>Prüfungen dieser Aufgabe</translation>
    </message>
    <message>
        <source>What reviewers decided about each revision, with their comments</source>
        <translation>Was Prüfer zu jeder Revision entschieden haben, mit ihren Kommentaren</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Near-duplicate of</source>
        <translation>Beinahe-Duplikat von</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Near-duplicate prompts among authored tasks</source>
        <translation>Beinahe-Duplikate unter den Prompts verfasster Aufgaben</translation>
    </message>
    <message>
        <source>Pairs of authored prompts that are nearly the same; choose a row to open the task</source>
        <translation>Paare verfasster Prompts, die fast gleich sind; wählen Sie eine Zeile, um die Aufgabe zu öffnen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Required fields missing</source>
        <translation>Fehlende Pflichtfelder</translation>
    </message>
    <message>
        <source>Authored tasks that cannot be exported until these fields are filled</source>
        <translation>Verfasste Aufgaben, die erst exportiert werden können, wenn diese Felder ausgefüllt sind</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Änderungen nötig</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Reviews accepting</source>
        <translation>Annehmende Prüfungen</translation>
    </message>
    <message>
        <source>Acceptance per author</source>
        <translation>Annahme pro Autor</translation>
    </message>
    <message>
        <source>How much of each author&apos;s work reviewers accepted, with the counts</source>
        <translation>Wie viel von der Arbeit jedes Autors die Prüfer angenommen haben, mit den Anzahlen</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops the work in progress</source>
        <translation>Beendet die laufende Arbeit</translation>
    </message>
    <message>
        <source>&amp;Authoring</source>
        <translation>&amp;Verfassen</translation>
    </message>
    <message>
        <source>New &amp;SFT Example</source>
        <translation>&amp;Neues SFT-Beispiel</translation>
    </message>
    <message>
        <source>New &amp;Red-Team Entry</source>
        <translation>Neuer &amp;Red-Teaming-Eintrag</translation>
    </message>
    <message>
        <source>&amp;Duplicate and Vary</source>
        <translation>&amp;Duplizieren und variieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve Revision</source>
        <translation>Revision s&amp;peichern</translation>
    </message>
    <message>
        <source>Check Before &amp;Export</source>
        <translation>&amp;Vor dem Export kontrollieren</translation>
    </message>
    <message>
        <source>Save Red-Team Re&amp;port…</source>
        <translation>Red-Teaming-&amp;Bericht speichern …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>The Task &amp;List</source>
        <translation>Zur Aufgaben&amp;liste</translation>
    </message>
    <message>
        <source>The &amp;Editor</source>
        <translation>Zum &amp;Editor</translation>
    </message>
    <message>
        <source>The &amp;Response</source>
        <translation>Zur &amp;Antwort</translation>
    </message>
    <message>
        <source>The T&amp;ags</source>
        <translation>Zu den Ta&amp;gs</translation>
    </message>
    <message>
        <source>The &amp;Side Panel</source>
        <translation>Zur &amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Next &amp;Tab of the Side Panel</source>
        <translation>Nächster &amp;Reiter der Seitenleiste</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>&amp;Verfassen</translation>
    </message>
    <message>
        <source>Authoring</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Authoring &amp;Workbench…</source>
        <translation>&amp;Werkbank zum Verfassen …</translation>
    </message>
    <message>
        <source>New &amp;SFT Example…</source>
        <translation>&amp;Neues SFT-Beispiel …</translation>
    </message>
    <message>
        <source>New &amp;Red-Team Entry…</source>
        <translation>Neuer &amp;Red-Teaming-Eintrag …</translation>
    </message>
    <message>
        <source>&amp;Duplicate and Vary This Task…</source>
        <translation>Diese Aufgabe &amp;duplizieren und variieren …</translation>
    </message>
    <message>
        <source>Select a task in the queue first.</source>
        <translation>Wählen Sie zuerst eine Aufgabe in der Warteschlange.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The task you are writing has changes that are not saved. Save them as a new revision?</source>
        <translation>Die Aufgabe, die Sie gerade schreiben, hat ungespeicherte Änderungen. Als neue Revision speichern?</translation>
    </message>
    <message>
        <source>New SFT example (not saved yet)</source>
        <translation>Neues SFT-Beispiel (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>New red-team entry (not saved yet)</source>
        <translation>Neuer Red-Teaming-Eintrag (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>No task %1 in this project.</source>
        <translation>Keine Aufgabe %1 in diesem Projekt.</translation>
    </message>
    <message>
        <source>New variation of %1 (not saved yet)</source>
        <translation>Neue Variante von %1 (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Task %1 was not authored.</source>
        <translation>Aufgabe %1 ist keine verfasste Aufgabe.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation>Die Aufgabe wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2.</source>
        <translation>%1 als Revision %2 gespeichert.</translation>
    </message>
    <message>
        <source>Save the task to send it for review.</source>
        <translation>Speichern Sie die Aufgabe, um sie zur Prüfung zu senden.</translation>
    </message>
    <message>
        <source>%1 %2 — revision %3 by %4 — review: %5</source>
        <translation>%1 %2 – Revision %3 von %4 – Prüfung: %5</translation>
    </message>
    <message>
        <source>SFT example</source>
        <translation>SFT-Beispiel</translation>
    </message>
    <message>
        <source>Red-team entry</source>
        <translation>Red-Teaming-Eintrag</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>No reviews yet. Send the task out in an assignment batch under the %1 rubric; the reviewers&apos; annotations appear here once imported.</source>
        <translation>Noch keine Prüfungen. Verteilen Sie die Aufgabe in einem Zuweisungs-Batch unter dem Bewertungsschema %1; die Annotationen der Prüfer erscheinen hier, sobald sie importiert sind.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>needs changes</source>
        <translation>Änderungen nötig</translation>
    </message>
    <message>
        <source> (on an earlier revision)</source>
        <translation> (zu einer früheren Revision)</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Checking authored tasks…</source>
        <translation>Verfasste Aufgaben werden kontrolliert …</translation>
    </message>
    <message numerus="yes">
        <source>%n authored task(s) checked: %1 near-duplicate pair(s), %2 missing field(s).</source>
        <translation>
            <numerusform>%n verfasste Aufgabe kontrolliert: Paare von Beinahe-Duplikaten: %1, fehlende Felder: %2.</numerusform>
            <numerusform>%n verfasste Aufgaben kontrolliert: Paare von Beinahe-Duplikaten: %1, fehlende Felder: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplikate (%1)</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Kontrollen (%1)</translation>
    </message>
    <message>
        <source>Save Red-Team Report</source>
        <translation>Red-Teaming-Bericht speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Writing the red-team report…</source>
        <translation>Der Red-Teaming-Bericht wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>Red-team report of %n entries saved to %1.</source>
        <translation>
            <numerusform>Red-Teaming-Bericht mit %n Eintrag in %1 gespeichert.</numerusform>
            <numerusform>Red-Teaming-Bericht mit %n Einträgen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>new task</source>
        <translation>neue Aufgabe</translation>
    </message>
    <message>
        <source>%1%2 — Authoring — %3</source>
        <translation>%1%2 – Verfassen – %3</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
</context>
<context>
    <name>verdict::BackgroundJob</name>
    <message>
        <source>the work stopped on an unexpected error</source>
        <translation>die Arbeit wurde durch einen unerwarteten Fehler abgebrochen</translation>
    </message>
</context>
<context>
    <name>verdict::BatchActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: %2 %…</source>
        <translation>%1: %2 % …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Assign &amp;Work…</source>
        <translation>Arbeit &amp;zuweisen …</translation>
    </message>
    <message>
        <source>Writing assignment batches</source>
        <translation>Zuweisungs-Batches werden geschrieben</translation>
    </message>
</context>
<context>
    <name>verdict::ChoiceEditor</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>%1, response %2</source>
        <translation>%1, Antwort %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Pick one option; 1 to 9 pick by number</source>
        <translation>Eine Option wählen; 1 bis 9 wählen nach Nummer</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>verdict::Database</name>
    <message>
        <source>already exists; choose another name or open it instead</source>
        <translation>existiert bereits; wählen Sie einen anderen Namen oder öffnen Sie sie</translation>
    </message>
    <message>
        <source>no such project file</source>
        <translation>keine solche Projektdatei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>not a Verdict project (not an SQLite database)</source>
        <translation>kein Verdict-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
    <message>
        <source>not a Verdict project (it has no project table)</source>
        <translation>kein Verdict-Projekt (es hat keine project-Tabelle)</translation>
    </message>
    <message>
        <source>this project was written by a newer version of Verdict (schema %1; this version reads up to %2)</source>
        <translation>dieses Projekt wurde von einer neueren Version von Verdict geschrieben (Schema %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
    <message>
        <source>%1 (run by %2 as process %3 on %4, since %5)</source>
        <translation>%1 (gestartet von %2 als Prozess %3 auf %4, seit %5)</translation>
    </message>
    <message>
        <source>the project is busy: another program is writing to it; gave up after waiting %1 s</source>
        <translation>das Projekt ist belegt: ein anderes Programm schreibt gerade hinein; nach %1 s Warten aufgegeben</translation>
    </message>
    <message>
        <source>the project is busy: %1 is writing to it; gave up after waiting %2 s</source>
        <translation>das Projekt ist belegt: %1 schreibt gerade hinein; nach %2 s Warten aufgegeben</translation>
    </message>
    <message>
        <source>database error: no statement was prepared</source>
        <translation>Datenbankfehler: es wurde keine Anweisung vorbereitet</translation>
    </message>
</context>
<context>
    <name>verdict::EngineHighlighter</name>
    <message>
        <source>%1, in process</source>
        <translation>%1, im Prozess</translation>
    </message>
</context>
<context>
    <name>verdict::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Dataset: everything, with lineage</source>
        <translation>Datensatz: alles, mit Herkunft</translation>
    </message>
    <message>
        <source>Annotations: work to send to the lead</source>
        <translation>Annotationen: Arbeit für die Leitung</translation>
    </message>
    <message>
        <source>Gold answers with their tasks</source>
        <translation>Gold-Antworten mit ihren Aufgaben</translation>
    </message>
    <message>
        <source>Assignment: every task for one annotator</source>
        <translation>Zuweisung: alle Aufgaben für einen Annotator</translation>
    </message>
    <message>
        <source>Batch &amp;kind:</source>
        <translation>&amp;Batch-Art:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Whose work:</source>
        <translation>&amp;Wessen Arbeit:</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Alle Paare</translation>
    </message>
    <message>
        <source>Best against the rest</source>
        <translation>Die beste gegen die übrigen</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>&amp;Paare:</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Conversational (messages)</source>
        <translation>Als Gespräch (messages)</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>An assignment is for one person: choose whose it is.</source>
        <translation>Eine Zuweisung ist für eine Person: wählen Sie, für wen.</translation>
    </message>
    <message>
        <source>The file appears whole when done, with a digest that every import checks.</source>
        <translation>Die Datei erscheint erst vollständig, wenn sie fertig ist, mit einer Prüfsumme, die jeder Import prüft.</translation>
    </message>
    <message>
        <source>Only submitted work is exported; ties give no preference pair.</source>
        <translation>Nur abgeschickte Arbeit wird exportiert; Gleichstände ergeben kein Präferenzpaar.</translation>
    </message>
    <message>
        <source>What to write: a Verdict batch or a training-data file</source>
        <translation>Was geschrieben wird: ein Verdict-Batch oder eine Trainingsdatendatei</translation>
    </message>
    <message>
        <source>Which kind of batch to write</source>
        <translation>Welche Art von Batch geschrieben wird</translation>
    </message>
    <message>
        <source>Whose submitted work to write</source>
        <translation>Wessen abgeschickte Arbeit geschrieben wird</translation>
    </message>
    <message>
        <source>Which preference pairs a ranking gives</source>
        <translation>Welche Präferenzpaare eine Rangfolge ergibt</translation>
    </message>
    <message>
        <source>Prompts as plain text or as chat messages</source>
        <translation>Prompts als reiner Text oder als Chat-Nachrichten</translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation>Die zu schreibende Datei</translation>
    </message>
    <message>
        <source>Chooses where to save</source>
        <translation>Wählt, wo gespeichert wird</translation>
    </message>
    <message>
        <source>Writes the file</source>
        <translation>Schreibt die Datei</translation>
    </message>
    <message>
        <source>Closes without writing</source>
        <translation>Schließt, ohne zu schreiben</translation>
    </message>
    <message>
        <source>Final a&amp;nswers: the lead&apos;s decisions, else consensus, with their sources</source>
        <translation>Endgültige &amp;Antworten: die Entscheidungen der Leitung, sonst der Konsens, mit ihren Quellen</translation>
    </message>
    <message>
        <source>Every task once: the lead&apos;s decision, else the gold answer, else the consensus of its annotators</source>
        <translation>Jede Aufgabe einmal: die Entscheidung der Leitung, sonst die Gold-Antwort, sonst der Konsens ihrer Annotatoren</translation>
    </message>
    <message>
        <source>Consensus rule</source>
        <translation>Konsensregel</translation>
    </message>
    <message>
        <source>How many annotators must agree for an answer to become final</source>
        <translation>Wie viele Annotatoren übereinstimmen müssen, damit eine Antwort endgültig wird</translation>
    </message>
    <message>
        <source>Majority: more than half agree</source>
        <translation>Mehrheit: mehr als die Hälfte stimmt überein</translation>
    </message>
    <message>
        <source>Unanimous: everyone agrees</source>
        <translation>Einstimmig: alle stimmen überein</translation>
    </message>
    <message>
        <source>&amp;Consensus:</source>
        <translation>&amp;Konsens:</translation>
    </message>
    <message>
        <source>Every task once, with the source of each answer: an annotator, consensus or the lead.</source>
        <translation>Jede Aufgabe einmal, mit der Quelle jeder Antwort: ein Annotator, der Konsens oder die Leitung.</translation>
    </message>
</context>
<context>
    <name>verdict::FinalAnswers</name>
    <message>
        <source>annotations name rubric %1 version %2, which the project does not have</source>
        <translation>Annotationen nennen Bewertungsschema %1 Version %2, das das Projekt nicht hat</translation>
    </message>
</context>
<context>
    <name>verdict::FlagRow</name>
    <message>
        <source>Category…</source>
        <translation>Kategorie …</translation>
    </message>
    <message>
        <source>Flag category</source>
        <translation>Kategorie der Meldung</translation>
    </message>
    <message>
        <source>Severity…</source>
        <translation>Schweregrad …</translation>
    </message>
    <message>
        <source>Flag severity</source>
        <translation>Schweregrad der Meldung</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Ask a lead to review this response</source>
        <translation>Eine Leitung bitten, diese Antwort zu prüfen</translation>
    </message>
    <message>
        <source>Remove this flag</source>
        <translation>Diese Meldung entfernen</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Meldung entfernen</translation>
    </message>
    <message>
        <source>One-line note: what is harmful</source>
        <translation>Einzeilige Notiz: was schädlich ist</translation>
    </message>
    <message>
        <source>Flag note</source>
        <translation>Notiz zur Meldung</translation>
    </message>
</context>
<context>
    <name>verdict::FlagsEditor</name>
    <message>
        <source>Add flag</source>
        <translation>Meldung hinzufügen</translation>
    </message>
    <message>
        <source>Flag %1</source>
        <translation>Meldung %1</translation>
    </message>
    <message>
        <source>Add a safety flag (Ctrl+Shift+F flags the focused response)</source>
        <translation>Eine Sicherheitsmeldung hinzufügen (Strg+Umschalt+F meldet die fokussierte Antwort)</translation>
    </message>
</context>
<context>
    <name>verdict::GoldAccuracy</name>
    <message>
        <source>no rubric has a criterion &quot;%1&quot;</source>
        <translation>kein Bewertungsschema hat ein Kriterium „%1“</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>verdict::GoldFeedbackDialog</name>
    <message>
        <source>Gold Answer for %1</source>
        <translation>Gold-Antwort für %1</translation>
    </message>
    <message>
        <source>Your answers and the gold answers</source>
        <translation>Ihre Antworten und die Gold-Antworten</translation>
    </message>
    <message>
        <source>One row per criterion: your answer, the gold answer and whether they match</source>
        <translation>Eine Zeile pro Kriterium: Ihre Antwort, die Gold-Antwort und ob sie übereinstimmen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Gold answer</source>
        <translation>Gold-Antwort</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>✓ Same</source>
        <translation>✓ Gleich</translation>
    </message>
    <message>
        <source>✗ Different</source>
        <translation>✗ Abweichend</translation>
    </message>
    <message>
        <source>✗ Not answered</source>
        <translation>✗ Nicht beantwortet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The gold answer covers none of this rubric&apos;s criteria.</source>
        <translation>Die Gold-Antwort deckt keines der Kriterien dieses Bewertungsschemas ab.</translation>
    </message>
    <message numerus="yes">
        <source>You matched the gold answer on %1 of %n criteria.</source>
        <translation>
            <numerusform>Sie haben bei %1 von %n Kriterium mit der Gold-Antwort übereingestimmt.</numerusform>
            <numerusform>Sie haben bei %1 von %n Kriterien mit der Gold-Antwort übereingestimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the gold answer is what it is: %1</source>
        <translation>Warum die Gold-Antwort so lautet: %1</translation>
    </message>
    <message>
        <source>A calibration round: your answer is submitted as given; use what differs on the next tasks.</source>
        <translation>Eine Kalibrierungsrunde: Ihre Antwort ist so abgeschickt, wie Sie sie gegeben haben; nutzen Sie die Unterschiede bei den nächsten Aufgaben.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue with the next task</source>
        <translation>Mit der nächsten Aufgabe weitermachen</translation>
    </message>
    <message>
        <source>Closes this comparison; your answer stays submitted</source>
        <translation>Schließt diesen Vergleich; Ihre Antwort bleibt abgeschickt</translation>
    </message>
</context>
<context>
    <name>verdict::GoldStore</name>
    <message>
        <source>no task with id %1</source>
        <translation>keine Aufgabe mit der ID %1</translation>
    </message>
    <message>
        <source>the gold answer of %1 is damaged in the project file</source>
        <translation>die Gold-Antwort von %1 ist in der Projektdatei beschädigt</translation>
    </message>
</context>
<context>
    <name>verdict::GuidancePane</name>
    <message>
        <source>Guidelines</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>This rubric has no guidelines.</source>
        <translation>Dieses Bewertungsschema hat keine Richtlinien.</translation>
    </message>
    <message>
        <source>The rubric&apos;s guidelines, at the section of the current criterion</source>
        <translation>Die Richtlinien des Bewertungsschemas, beim Abschnitt des aktuellen Kriteriums</translation>
    </message>
</context>
<context>
    <name>verdict::GuideWindow</name>
    <message>
        <source>Verdict User Guide</source>
        <translation>Verdict-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the page read before</source>
        <translation>Zurück zur zuvor gelesenen Seite</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward to the page read after</source>
        <translation>Vor zur danach gelesenen Seite</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The start of the user guide</source>
        <translation>Der Anfang des Benutzerhandbuchs</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide; Tab moves between its links</source>
        <translation>Das Benutzerhandbuch; Tab springt zwischen seinen Links</translation>
    </message>
    <message>
        <source>The user guide (%1) was not found. Verdict looked in:

%2

It is installed with the verdict package; in a build tree it is copied there by the build.</source>
        <translation>Das Benutzerhandbuch (%1) wurde nicht gefunden. Verdict hat gesucht in:

%2

Es wird mit dem Paket verdict installiert; in einem Build-Verzeichnis kopiert es der Build dorthin.</translation>
    </message>
    <message>
        <source>Not opened (outside the guide): %1</source>
        <translation>Nicht geöffnet (außerhalb des Handbuchs): %1</translation>
    </message>
</context>
<context>
    <name>verdict::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>the file&apos;s own names, else the format&apos;s name</source>
        <translation>die Namen aus der Datei, sonst der Name des Formats</translation>
    </message>
    <message>
        <source>&amp;Credit answers to:</source>
        <translation>Antworten &amp;zuschreiben:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Batches and datasets (*.jsonl *.json);;All files (*)</source>
        <translation>Batches und Datensätze (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Chooses files to add to the list</source>
        <translation>Wählt Dateien für die Liste aus</translation>
    </message>
    <message>
        <source>Takes the selected files off the list</source>
        <translation>Nimmt die gewählten Dateien von der Liste</translation>
    </message>
    <message>
        <source>The format of the files; by default told from the first record</source>
        <translation>Das Format der Dateien; standardmäßig am ersten Datensatz erkannt</translation>
    </message>
    <message>
        <source>Imports every file in the list</source>
        <translation>Importiert jede Datei der Liste</translation>
    </message>
    <message>
        <source>Closes without importing</source>
        <translation>Schließt, ohne zu importieren</translation>
    </message>
    <message>
        <source>A batch is imported whole or not at all. A file from another tool skips the records that cannot be imported; each is listed under Issues with its line and column, and nothing of it is kept. A file imported again changes nothing.</source>
        <translation>Ein Batch wird ganz oder gar nicht importiert. Aus einer Datei eines anderen Werkzeugs werden Datensätze, die sich nicht importieren lassen, übersprungen; jeder wird unter „Probleme“ mit Zeile und Spalte aufgeführt, und nichts davon wird übernommen. Eine erneut importierte Datei ändert nichts.</translation>
    </message>
    <message>
        <source>Each file is imported in one transaction</source>
        <translation>Jede Datei wird in einer Transaktion importiert</translation>
    </message>
    <message>
        <source>Refuse a file at its first &amp;bad record</source>
        <translation>Beim ersten fehlerhaften Datensatz die ganze Datei a&amp;blehnen</translation>
    </message>
    <message>
        <source>Instead of skipping the records that cannot be imported, import nothing of a file that has one</source>
        <translation>Statt Datensätze zu überspringen, die sich nicht importieren lassen, nichts aus einer Datei importieren, die einen solchen enthält</translation>
    </message>
</context>
<context>
    <name>verdict::Importer</name>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>verdict::Interpretation</name>
    <message>
        <source>reliable</source>
        <translation>zuverlässig</translation>
    </message>
    <message>
        <source>tentative only</source>
        <translation>nur vorläufig</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelmäßig</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>beachtlich</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>fast vollkommen</translation>
    </message>
    <message>
        <source>Krippendorff (2004): α ≥ 0.800 reliable; 0.667–0.800 tentative conclusions only; below 0.667 unreliable.</source>
        <translation>Krippendorff (2004): α ≥ 0.800 zuverlässig; 0.667–0.800 nur vorläufige Schlüsse; unter 0.667 unzuverlässig.</translation>
    </message>
    <message>
        <source>Landis and Koch (1977): ≤ 0.20 slight, ≤ 0.40 fair, ≤ 0.60 moderate, ≤ 0.80 substantial, above almost perfect.</source>
        <translation>Landis und Koch (1977): ≤ 0.20 gering, ≤ 0.40 ausreichend, ≤ 0.60 mittelmäßig, ≤ 0.80 beachtlich, darüber fast vollkommen.</translation>
    </message>
</context>
<context>
    <name>verdict::IssueModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>verdict::IssuesPanel</name>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Import and export issues</source>
        <translation>Probleme bei Import und Export</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <source>Every problem of the last import or export with its file, line and column</source>
        <translation>Jedes Problem des letzten Imports oder Exports mit Datei, Zeile und Spalte</translation>
    </message>
</context>
<context>
    <name>verdict::JsonFields</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
</context>
<context>
    <name>verdict::MainWindow</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
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
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Show &amp;Model Names</source>
        <translation>&amp;Modellnamen zeigen</translation>
    </message>
    <message>
        <source>Show &amp;Raw Text</source>
        <translation>&amp;Rohtext zeigen</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>Richt&amp;linien</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>&amp;Bewertungsschema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Task</source>
        <translation>&amp;Nächste Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Previous Task</source>
        <translation>&amp;Vorherige Aufgabe</translation>
    </message>
    <message>
        <source>Next &amp;Unfinished Task</source>
        <translation>Nächste &amp;unerledigte Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Filter the Queue</source>
        <translation>Warteschlange &amp;filtern</translation>
    </message>
    <message>
        <source>The &amp;Queue</source>
        <translation>Zur &amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>The Ru&amp;bric</source>
        <translation>Zum &amp;Bewertungsschema</translation>
    </message>
    <message>
        <source>Next &amp;Criterion</source>
        <translation>Nächstes &amp;Kriterium</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Abschicken</translation>
    </message>
    <message>
        <source>Submit this task and go to the next unfinished one (Ctrl+Enter)</source>
        <translation>Diese Aufgabe abschicken und zur nächsten unerledigten gehen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>Ü&amp;berspringen …</translation>
    </message>
    <message>
        <source>Skip a task you cannot judge, with a reason (Ctrl+Shift+S)</source>
        <translation>Eine Aufgabe, die Sie nicht beurteilen können, mit Begründung überspringen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren …</translation>
    </message>
    <message>
        <source>Send this task to a lead with a note (Ctrl+Shift+E)</source>
        <translation>Diese Aufgabe mit einer Notiz an eine Leitung senden (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>&amp;Flag the Focused Response</source>
        <translation>Fokussierte Antwort &amp;melden</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Leitung</translation>
    </message>
    <message>
        <source>Edit &amp;Rubric…</source>
        <translation>&amp;Bewertungsschema bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Adjudicate…</source>
        <translation>&amp;Schlichten …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Verdict</source>
        <translation>&amp;Über Verdict</translation>
    </message>
    <message>
        <source>%1 — Verdict</source>
        <translation>%1 – Verdict</translation>
    </message>
    <message>
        <source>This project has no published rubric: there is nothing to annotate yet.</source>
        <translation>Dieses Projekt hat kein veröffentlichtes Bewertungsschema: noch gibt es nichts zu annotieren.</translation>
    </message>
    <message>
        <source>Your last change was not saved</source>
        <translation>Ihre letzte Änderung wurde nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n thing(s) to finish (listed under the rubric)</source>
        <translation>
            <numerusform>Nicht abgeschickt: %n Punkt ist noch offen (unter dem Bewertungsschema aufgeführt)</numerusform>
            <numerusform>Nicht abgeschickt: %n Punkte sind noch offen (unter dem Bewertungsschema aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>%1 abgeschickt</translation>
    </message>
    <message>
        <source>Skip Task</source>
        <translation>Aufgabe überspringen</translation>
    </message>
    <message>
        <source>Why can&apos;t you judge this task?</source>
        <translation>Warum können Sie diese Aufgabe nicht beurteilen?</translation>
    </message>
    <message>
        <source>Escalate Task</source>
        <translation>Aufgabe eskalieren</translation>
    </message>
    <message>
        <source>What should a lead look at?</source>
        <translation>Was soll sich eine Leitung ansehen?</translation>
    </message>
    <message>
        <source>Pre&amp;vious Criterion</source>
        <translation>Vorheriges Kri&amp;terium</translation>
    </message>
    <message>
        <source>the Verdict workbench</source>
        <translation>die Verdict-Werkbank</translation>
    </message>
</context>
<context>
    <name>verdict::MarkdownEditor</name>
    <message>
        <source>Markdown; the preview beside it shows how it renders</source>
        <translation>Markdown; die Vorschau daneben zeigt, wie es dargestellt wird</translation>
    </message>
    <message>
        <source>%1, preview</source>
        <translation>%1, Vorschau</translation>
    </message>
    <message>
        <source>The Markdown rendered, with code highlighted</source>
        <translation>Das dargestellte Markdown, mit hervorgehobenem Code</translation>
    </message>
</context>
<context>
    <name>verdict::MergeSpansCommand</name>
    <message>
        <source>Merge the spans of %1</source>
        <translation>Textstellen von %1 zusammenführen</translation>
    </message>
</context>
<context>
    <name>verdict::ModelComparison</name>
    <message>
        <source>the comparison is already per model; slice it by a task metadata key</source>
        <translation>der Vergleich ist bereits pro Modell; teilen Sie ihn nach einem Metadatenschlüssel der Aufgaben auf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ranking criterion of the rubric</source>
        <translation>„%1“ ist kein Rangfolge-Kriterium des Bewertungsschemas</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>verdict::MultiChoiceEditor</name>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Tick or untick %1</source>
        <translation>%1 an- oder abhaken</translation>
    </message>
</context>
<context>
    <name>verdict::OptionTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Die gewählte Zeile nach oben schieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Die gewählte Zeile nach unten schieben</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Key press</source>
        <translation>Tastendruck</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>One row per entry; Tab moves between cells and typing edits one</source>
        <translation>Eine Zeile pro Eintrag; Tab springt zwischen Zellen, Tippen bearbeitet eine</translation>
    </message>
</context>
<context>
    <name>verdict::PendingJournal</name>
    <message>
        <source>expected a time like 2026-11-22T10:00:00Z</source>
        <translation>erwartet wurde eine Zeit wie 2026-11-22T10:00:00Z</translation>
    </message>
    <message>
        <source>missing; expected the annotation or its active_seconds</source>
        <translation>fehlt; erwartet wurde die Annotation oder ihr active_seconds</translation>
    </message>
    <message>
        <source>expected a number of seconds, at least 0</source>
        <translation>erwartet wurde eine Anzahl Sekunden, mindestens 0</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the last write was cut short when the program stopped, before it was reported saved; left out</source>
        <translation>der letzte Schreibvorgang wurde beim Beenden des Programms abgebrochen, bevor er als gespeichert gemeldet wurde; ausgelassen</translation>
    </message>
    <message>
        <source>cannot be read back (%1); left out</source>
        <translation>kann nicht zurückgelesen werden (%1); ausgelassen</translation>
    </message>
    <message>
        <source>left where it is for now: a copy of the lines that cannot be read cannot be made</source>
        <translation>vorerst belassen: von den unlesbaren Zeilen kann keine Kopie angelegt werden</translation>
    </message>
    <message>
        <source>a copy with the lines that cannot be read is kept in %1</source>
        <translation>eine Kopie mit den unlesbaren Zeilen liegt in %1</translation>
    </message>
    <message>
        <source>cannot keep waiting writes beside the project: cannot create %1</source>
        <translation>wartende Schreibvorgänge können nicht neben dem Projekt aufbewahrt werden: %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot keep waiting writes beside the project: %1 other workbenches keep theirs there</source>
        <translation>wartende Schreibvorgänge können nicht neben dem Projekt aufbewahrt werden: %1 andere Werkbänke bewahren ihre dort auf</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot remove: %1</source>
        <translation>kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>verdict::ProcessHighlighter</name>
    <message>
        <source>none (the highlighting program verdict-highlighter was not found)</source>
        <translation>keine (das Hervorhebungsprogramm verdict-highlighter wurde nicht gefunden)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keine (%1)</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting, helper process</source>
        <translation>KSyntaxHighlighting, Hilfsprozess</translation>
    </message>
    <message>
        <source>%1, helper process</source>
        <translation>%1, Hilfsprozess</translation>
    </message>
    <message>
        <source>the highlighting program stopped</source>
        <translation>das Hervorhebungsprogramm wurde beendet</translation>
    </message>
    <message>
        <source>the highlighting program %1 could not be started: %2</source>
        <translation>das Hervorhebungsprogramm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the highlighting program stopped before it was ready</source>
        <translation>das Hervorhebungsprogramm wurde beendet, bevor es bereit war</translation>
    </message>
    <message>
        <source>the highlighting program did not answer within %1 ms</source>
        <translation>das Hervorhebungsprogramm hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <source>the highlighting program sent a malformed answer</source>
        <translation>das Hervorhebungsprogramm hat eine fehlerhafte Antwort gesendet</translation>
    </message>
    <message>
        <source>the highlighting program did not answer for %1 ms</source>
        <translation>das Hervorhebungsprogramm hat %1 ms lang nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>verdict::Project</name>
    <message>
        <source>a project needs a name</source>
        <translation>ein Projekt braucht einen Namen</translation>
    </message>
    <message>
        <source>not a Verdict project (it has no project id)</source>
        <translation>kein Verdict-Projekt (es hat keine Projekt-ID)</translation>
    </message>
    <message>
        <source>already exists; choose another name or open it instead</source>
        <translation>existiert bereits; wählen Sie einen anderen Namen oder öffnen Sie sie</translation>
    </message>
    <message>
        <source>cannot finish the project file</source>
        <translation>die Projektdatei kann nicht fertiggestellt werden</translation>
    </message>
</context>
<context>
    <name>verdict::ProjectOpener</name>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n change(s) (%1 submitted, skipped or escalated) that were waiting for the busy project when Verdict stopped; all are saved now.</source>
        <translation>
            <numerusform>%n Änderung (%1 abgeschickt, übersprungen oder eskaliert) wurde wiederhergestellt; sie wartete auf das belegte Projekt, als Verdict beendet wurde. Jetzt ist alles gespeichert.</numerusform>
            <numerusform>%n Änderungen (%1 abgeschickt, übersprungen oder eskaliert) wurden wiederhergestellt; sie warteten auf das belegte Projekt, als Verdict beendet wurde. Jetzt ist alles gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n change(s) (%1 submitted, skipped or escalated) that were waiting for the busy project when Verdict stopped; they are saved as soon as the project is free.</source>
        <translation>
            <numerusform>%n Änderung (%1 abgeschickt, übersprungen oder eskaliert) wurde wiederhergestellt; sie wartete auf das belegte Projekt, als Verdict beendet wurde. Sie wird gespeichert, sobald das Projekt frei ist.</numerusform>
            <numerusform>%n Änderungen (%1 abgeschickt, übersprungen oder eskaliert) wurden wiederhergestellt; sie warteten auf das belegte Projekt, als Verdict beendet wurde. Sie werden gespeichert, sobald das Projekt frei ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Waiting Changes Could Not Be Read Back</source>
        <translation>Einige wartende Änderungen konnten nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Das Demoprojekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Verdict projects (*.verdict)</source>
        <translation>Verdict-Projekte (*.verdict)</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Projektname:</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Verdict projects (*.verdict);;All files (*)</source>
        <translation>Verdict-Projekte (*.verdict);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <source>Your name, as it will appear on your annotations:</source>
        <translation>Ihr Name, wie er auf Ihren Annotationen erscheinen wird:</translation>
    </message>
    <message>
        <source>Cannot use this name</source>
        <translation>Name nicht verwendbar</translation>
    </message>
    <message>
        <source>Your name %1.</source>
        <translation>Ihr Name %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1.

%n change(s) wait for it. They are kept beside the project and saved the next time you open it in Verdict. Close now, or wait for the project to be free?</source>
        <translation>
            <numerusform>%1.

%n Änderung wartet darauf. Sie wird neben dem Projekt aufbewahrt und beim nächsten Öffnen in Verdict gespeichert. Jetzt schließen oder warten, bis das Projekt frei ist?</numerusform>
            <numerusform>%1.

%n Änderungen warten darauf. Sie werden neben dem Projekt aufbewahrt und beim nächsten Öffnen in Verdict gespeichert. Jetzt schließen oder warten, bis das Projekt frei ist?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1.

%n change(s) wait for it. They are kept beside the project and saved the next time you open it in Verdict. Open %2 now, or wait for the project to be free?</source>
        <translation>
            <numerusform>%1.

%n Änderung wartet darauf. Sie wird neben dem Projekt aufbewahrt und beim nächsten Öffnen in Verdict gespeichert. %2 jetzt öffnen oder warten, bis das Projekt frei ist?</numerusform>
            <numerusform>%1.

%n Änderungen warten darauf. Sie werden neben dem Projekt aufbewahrt und beim nächsten Öffnen in Verdict gespeichert. %2 jetzt öffnen oder warten, bis das Projekt frei ist?</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Are Waiting</source>
        <translation>Änderungen warten</translation>
    </message>
    <message>
        <source>Close Now</source>
        <translation>Jetzt schließen</translation>
    </message>
    <message>
        <source>Open Now</source>
        <translation>Jetzt öffnen</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
</context>
<context>
    <name>verdict::PromoteGoldCommand</name>
    <message>
        <source>Promote %1 to gold</source>
        <translation>%1 zu Gold machen</translation>
    </message>
</context>
<context>
    <name>verdict::QualityCharts</name>
    <message>
        <source> (severity)</source>
        <translation> (Schweregrad)</translation>
    </message>
</context>
<context>
    <name>verdict::QualityDashboard</name>
    <message>
        <source>Quality — %1</source>
        <translation>Qualität – %1</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Nicht berechnet: %1</translation>
    </message>
    <message>
        <source>Quality &amp;Dashboard…</source>
        <translation>&amp;Qualitätsübersicht …</translation>
    </message>
    <message>
        <source>Quality Dashboard</source>
        <translation>Qualitätsübersicht</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Rubric version</source>
        <translation>Version des Bewertungsschemas</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>&amp;Rubric version:</source>
        <translation>&amp;Bewertungsschema-Version:</translation>
    </message>
    <message>
        <source>Slice by</source>
        <translation>Aufteilen nach</translation>
    </message>
    <message>
        <source>No slices</source>
        <translation>Keine Aufteilung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Slice by:</source>
        <translation>&amp;Aufteilen nach:</translation>
    </message>
    <message>
        <source>Criterion followed over time</source>
        <translation>Über die Zeit verfolgtes Kriterium</translation>
    </message>
    <message>
        <source>First rating</source>
        <translation>Erste Bewertung</translation>
    </message>
    <message>
        <source>&amp;Follow:</source>
        <translation>&amp;Folgen:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Übereinstimmung pro Kriterium</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Übereinstimmung</translation>
    </message>
    <message>
        <source>Gold accuracy per annotator</source>
        <translation>Gold-Genauigkeit pro Annotator</translation>
    </message>
    <message>
        <source>&amp;Gold Accuracy</source>
        <translation>&amp;Gold-Genauigkeit</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>A&amp;nnotators</source>
        <translation>A&amp;nnotatoren</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By batch</source>
        <translation>Nach Batch</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Verläufe</translation>
    </message>
    <message>
        <source>&amp;Disagreement</source>
        <translation>&amp;Uneinigkeit</translation>
    </message>
    <message>
        <source>Model pairs</source>
        <translation>Modellpaare</translation>
    </message>
    <message>
        <source>Model strengths</source>
        <translation>Modellstärken</translation>
    </message>
    <message>
        <source>Failure and safety rates</source>
        <translation>Fehler- und Sicherheitsquoten</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>Computing agreement, gold accuracy and model comparison…</source>
        <translation>Übereinstimmung, Gold-Genauigkeit und Modellvergleich werden berechnet …</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 annotators, %2 submitted annotations. Computed %3.</source>
        <translation>%1 Annotatoren, %2 abgeschickte Annotationen. Berechnet %3.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Skalenniveau</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Deutung</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewertende</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Within one</source>
        <translation>Höchstens eins daneben</translation>
    </message>
    <message>
        <source>Mean abs. error</source>
        <translation>Mittlerer abs. Fehler</translation>
    </message>
    <message>
        <source>Pairs as gold</source>
        <translation>Paare wie Gold</translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation>F1 Textstellen</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgeschickt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktive Stunden</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Median-Zeit (s)</translation>
    </message>
    <message>
        <source>Skip rate [95% CI]</source>
        <translation>Überspringquote [95-%-KI]</translation>
    </message>
    <message>
        <source>Escalation rate [95% CI]</source>
        <translation>Eskalationsquote [95-%-KI]</translation>
    </message>
    <message>
        <source>No rating, choice or ranking criterion to show disagreement for.</source>
        <translation>Kein Bewertungs-, Auswahl- oder Rangfolge-Kriterium, für das Uneinigkeit gezeigt werden kann.</translation>
    </message>
    <message>
        <source>Pairable %1, on &quot;%2&quot;. Choose another criterion with Follow.</source>
        <translation>Paarbar: %1, bei „%2“. Wählen Sie mit Folgen ein anderes Kriterium.</translation>
    </message>
    <message>
        <source>The rubric has no ranking criterion: no preferences to compare.</source>
        <translation>Das Bewertungsschema hat kein Rangfolge-Kriterium: keine Präferenzen zu vergleichen.</translation>
    </message>
    <message>
        <source>Preferences from &quot;%1&quot;. Rates with 95% Wilson intervals; Bradley–Terry strengths (ties count half) with 95% percentile intervals from %2 bootstrap replicates over tasks (seed %3).</source>
        <translation>Präferenzen aus „%1“. Quoten mit 95-%-Wilson-Intervallen; Bradley-Terry-Stärken (Gleichstände zählen halb) mit 95-%-Perzentilintervallen aus %2 Bootstrap-Wiederholungen über Aufgaben (Startwert %3).</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>A preferred</source>
        <translation>A bevorzugt</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <source>B preferred</source>
        <translation>B bevorzugt</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Label or flag</source>
        <translation>Label oder Meldung</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <source>Rate [95% CI]</source>
        <translation>Quote [95-%-KI]</translation>
    </message>
    <message>
        <source>Quality by week</source>
        <translation>Qualität nach Woche</translation>
    </message>
    <message>
        <source>Quality by batch</source>
        <translation>Qualität nach Batch</translation>
    </message>
    <message>
        <source>Work finished by week</source>
        <translation>Erledigte Arbeit nach Woche</translation>
    </message>
    <message>
        <source>Work finished by batch</source>
        <translation>Erledigte Arbeit nach Batch</translation>
    </message>
    <message>
        <source>No rating, choice or ranking criterion to follow.</source>
        <translation>Kein Bewertungs-, Auswahl- oder Rangfolge-Kriterium zum Verfolgen.</translation>
    </message>
    <message>
        <source>α and gold accuracy follow &quot;%1&quot;. A unit counts in the week of its last annotation, and in every batch that contributed to it.</source>
        <translation>α und Gold-Genauigkeit beziehen sich auf „%1“. Eine Einheit zählt in der Woche ihrer letzten Annotation und in jedem Batch, der zu ihr beigetragen hat.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Gold exact</source>
        <translation>Gold exakt</translation>
    </message>
    <message>
        <source>nothing to export yet</source>
        <translation>noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>Export Quality Report</source>
        <translation>Qualitätsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The figures of the chart beside it, as a table</source>
        <translation>Die Zahlen des Diagramms daneben, als Tabelle</translation>
    </message>
    <message>
        <source>Counts only annotations made under this rubric version</source>
        <translation>Zählt nur Annotationen, die unter dieser Version des Bewertungsschemas entstanden</translation>
    </message>
    <message>
        <source>Reports each value of this task metadata key separately</source>
        <translation>Berichtet jeden Wert dieses Metadatenschlüssels der Aufgaben getrennt</translation>
    </message>
    <message>
        <source>The criterion whose agreement the trends and disagreement follow</source>
        <translation>Das Kriterium, dessen Übereinstimmung Verläufe und Uneinigkeit verfolgen</translation>
    </message>
    <message>
        <source>Stops computing the figures</source>
        <translation>Beendet die Berechnung der Zahlen</translation>
    </message>
    <message>
        <source>Trends by week or by batch</source>
        <translation>Verläufe nach Woche oder nach Batch</translation>
    </message>
</context>
<context>
    <name>verdict::QualityReport</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>units by the spread of their ratings (highest minus lowest)</source>
        <translation>Einheiten nach der Streuung ihrer Bewertungen (höchste minus niedrigste)</translation>
    </message>
    <message>
        <source>units by whether their raters were unanimous, had a majority, or split</source>
        <translation>Einheiten danach, ob ihre Bewertenden einstimmig waren, eine Mehrheit hatten oder gespalten waren</translation>
    </message>
    <message>
        <source>unanimous</source>
        <translation>einstimmig</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>Mehrheit</translation>
    </message>
    <message>
        <source>split</source>
        <translation>gespalten</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
</context>
<context>
    <name>verdict::QueueModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n response(s)</source>
        <translation>
            <numerusform>%1: %2, %n Antwort</numerusform>
            <numerusform>%1: %2, %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1, %2: %3</source>
        <translation>Aufgabe %1, %2: %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>verdict::QueuePanel</name>
    <message>
        <source>Show tasks that are</source>
        <translation>Aufgaben zeigen, die</translation>
    </message>
    <message>
        <source>Shows only the tasks with this status</source>
        <translation>Zeigt nur die Aufgaben mit diesem Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by id or prompt</source>
        <translation>Nach ID oder Prompt filtern</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Filter der Warteschlange</translation>
    </message>
    <message>
        <source>Shows only the tasks whose id or prompt holds this text (Ctrl+F)</source>
        <translation>Zeigt nur die Aufgaben, deren ID oder Prompt diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Task queue</source>
        <translation>Aufgaben-Warteschlange</translation>
    </message>
    <message>
        <source>Every task with your status; the arrow keys move and the selected task opens</source>
        <translation>Jede Aufgabe mit Ihrem Status; die Pfeiltasten bewegen, die gewählte Aufgabe öffnet sich</translation>
    </message>
    <message>
        <source>%1 of %2 shown · %3 done · %4 drafts</source>
        <translation>%1 von %2 angezeigt · %3 erledigt · %4 Entwürfe</translation>
    </message>
    <message>
        <source> · %1 skipped</source>
        <translation> · %1 übersprungen</translation>
    </message>
    <message>
        <source> · %1 escalated</source>
        <translation> · %1 eskaliert</translation>
    </message>
</context>
<context>
    <name>verdict::RankingEditor</name>
    <message>
        <source>1–9 place the focused response · = ties it with the one above · 0 unranks · drag onto a response to tie</source>
        <translation>1–9 setzt die fokussierte Antwort auf einen Platz · = gleichauf mit der darüber · 0 nimmt sie heraus · auf eine Antwort ziehen für Gleichstand</translation>
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation>Noch nicht eingeordnet</translation>
    </message>
    <message>
        <source>The responses, best first; 1 to 9 place the focused one, = ties it, 0 unranks it</source>
        <translation>Die Antworten, die beste zuerst; 1 bis 9 setzen die fokussierte auf einen Platz, = stellt Gleichstand her, 0 nimmt sie heraus</translation>
    </message>
    <message>
        <source>In a response or the ranking</source>
        <translation>In einer Antwort oder der Rangfolge</translation>
    </message>
    <message>
        <source>Rank the response at place %1</source>
        <translation>Die Antwort auf Platz %1 einordnen</translation>
    </message>
    <message>
        <source>Tie with the response above, or untie</source>
        <translation>Gleichstand mit der Antwort darüber, oder aufheben</translation>
    </message>
    <message>
        <source>Take the response out of the ranking</source>
        <translation>Die Antwort aus der Rangfolge nehmen</translation>
    </message>
</context>
<context>
    <name>verdict::RankingModel</name>
    <message>
        <source>–    Response %1  (not ranked)</source>
        <translation>–    Antwort %1  (nicht eingeordnet)</translation>
    </message>
    <message>
        <source>%1=  Response %2</source>
        <translation>%1=  Antwort %2</translation>
    </message>
    <message>
        <source>%1    Response %2</source>
        <translation>%1    Antwort %2</translation>
    </message>
    <message>
        <source>Response %1, not ranked</source>
        <translation>Antwort %1, nicht eingeordnet</translation>
    </message>
    <message>
        <source>Response %1, place %2</source>
        <translation>Antwort %1, Platz %2</translation>
    </message>
</context>
<context>
    <name>verdict::RatingEditor</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>verdict::RelabelSpanCommand</name>
    <message>
        <source>Change span label</source>
        <translation>Label der Textstelle ändern</translation>
    </message>
</context>
<context>
    <name>verdict::RemoveSpanCommand</name>
    <message>
        <source>Remove span</source>
        <translation>Textstelle entfernen</translation>
    </message>
</context>
<context>
    <name>verdict::ResponseRow</name>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
</context>
<context>
    <name>verdict::ResponseView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>verdict::RevisionHistory</name>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Every saved revision, newest last, with its author and time</source>
        <translation>Jede gespeicherte Revision, die neueste zuletzt, mit Autor und Zeit</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>Vergleichen ab Revision</translation>
    </message>
    <message>
        <source>The earlier revision shown on the left</source>
        <translation>Die frühere Revision, links angezeigt</translation>
    </message>
    <message>
        <source>Compare to revision</source>
        <translation>Vergleichen mit Revision</translation>
    </message>
    <message>
        <source>The later revision shown on the right</source>
        <translation>Die spätere Revision, rechts angezeigt</translation>
    </message>
    <message>
        <source>Compare &amp;revision</source>
        <translation>Vergleiche &amp;Revision</translation>
    </message>
    <message>
        <source>wi&amp;th</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>Earlier revision</source>
        <translation>Frühere Revision</translation>
    </message>
    <message>
        <source>The earlier revision, with removed text marked</source>
        <translation>Die frühere Revision, entfernter Text markiert</translation>
    </message>
    <message>
        <source>Later revision</source>
        <translation>Spätere Revision</translation>
    </message>
    <message>
        <source>The later revision, with added text marked</source>
        <translation>Die spätere Revision, hinzugefügter Text markiert</translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3</source>
        <translation>Revision %1 – %2, %3</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Not saved yet: every save is kept as a revision.</source>
        <translation>Noch nicht gespeichert: jedes Speichern wird als Revision aufbewahrt.</translation>
    </message>
    <message>
        <source>Revision %1 as saved by %2.</source>
        <translation>Revision %1, wie von %2 gespeichert.</translation>
    </message>
    <message>
        <source>Revision %1 (left) against revision %2 (right): %3 passages removed, %4 added.</source>
        <translation>Revision %1 (links) gegenüber Revision %2 (rechts): %3 Passagen entfernt, %4 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>verdict::RewriteEditor</name>
    <message>
        <source>Start from</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <source>Start the rewrite from</source>
        <translation>Die Überarbeitung beginnen mit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Replace the text with the chosen response (undo brings it back)</source>
        <translation>Den Text durch die gewählte Antwort ersetzen (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen zeigen</translation>
    </message>
    <message>
        <source>Show the rewrite against the response it started from (Ctrl+D)</source>
        <translation>Die Überarbeitung im Vergleich zur Ausgangsantwort zeigen (Strg+D)</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Optional. Start from the best response and fix it.</source>
        <translation>Optional. Mit der besten Antwort beginnen und sie verbessern.</translation>
    </message>
    <message>
        <source>Changes against the response</source>
        <translation>Änderungen gegenüber der Antwort</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>The response the ideal response starts from</source>
        <translation>Die Antwort, mit der die ideale Antwort beginnt</translation>
    </message>
    <message>
        <source>Your ideal response; Ctrl+D shows its changes against the response it started from</source>
        <translation>Ihre ideale Antwort; Strg+D zeigt ihre Änderungen gegenüber der Ausgangsantwort</translation>
    </message>
    <message>
        <source>What the ideal response changed: deletions struck through, insertions marked</source>
        <translation>Was die ideale Antwort geändert hat: Gelöschtes durchgestrichen, Eingefügtes markiert</translation>
    </message>
</context>
<context>
    <name>verdict::RubricEditor</name>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Sicherheitsmeldungen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Überarbeitung</translation>
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
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
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
        <source>Rubric Editor</source>
        <translation>Editor für Bewertungsschemata</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>Neues Bewertungsschema</translation>
    </message>
    <message>
        <source>Overall preference</source>
        <translation>Gesamtpräferenz</translation>
    </message>
    <message>
        <source>Rubric id</source>
        <translation>ID des Bewertungsschemas</translation>
    </message>
    <message>
        <source>Rubric title</source>
        <translation>Titel des Bewertungsschemas</translation>
    </message>
    <message>
        <source>Rubric &amp;id:</source>
        <translation>&amp;ID des Bewertungsschemas:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Add a criterion of a chosen kind</source>
        <translation>Ein Kriterium einer gewählten Art hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Criterion key</source>
        <translation>Schlüssel des Kriteriums</translation>
    </message>
    <message>
        <source>Criterion kind</source>
        <translation>Art des Kriteriums</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>Die Aufgabe</translation>
    </message>
    <message>
        <source>Each response</source>
        <translation>Jede Antwort</translation>
    </message>
    <message>
        <source>Criterion title</source>
        <translation>Titel des Kriteriums</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Markdown shown beside the editor while annotating</source>
        <translation>Markdown, das beim Annotieren neben dem Editor angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Required to submit</source>
        <translation>Zum Abschicken e&amp;rforderlich</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Ki&amp;nd:</source>
        <translation>Ty&amp;p:</translation>
    </message>
    <message>
        <source>Applies t&amp;o:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>Tit&amp;el:</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <source>Guidelines (Markdown)</source>
        <translation>Richtlinien (Markdown)</translation>
    </message>
    <message>
        <source>Guidelines preview</source>
        <translation>Vorschau der Richtlinien</translation>
    </message>
    <message>
        <source>G&amp;uidelines</source>
        <translation>Richt&amp;linien</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Vergleichen ab Version</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Vergleichen mit Version</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>Ent&amp;wurf speichern</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Verö&amp;ffentlichen …</translation>
    </message>
    <message>
        <source>Lowest point</source>
        <translation>Niedrigster Punkt</translation>
    </message>
    <message>
        <source>Highest point</source>
        <translation>Höchster Punkt</translation>
    </message>
    <message>
        <source>Anchor text for each point</source>
        <translation>Ankertext für jeden Punkt</translation>
    </message>
    <message>
        <source>&amp;Lowest:</source>
        <translation>&amp;Niedrigster:</translation>
    </message>
    <message>
        <source>&amp;Highest:</source>
        <translation>Hö&amp;chster:</translation>
    </message>
    <message>
        <source>Anchors:</source>
        <translation>Anker:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Span labels</source>
        <translation>Labels für Textstellen</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Safety categories</source>
        <translation>Sicherheitskategorien</translation>
    </message>
    <message>
        <source>Severities, least severe first</source>
        <translation>Schweregrade, der leichteste zuerst</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Severities:</source>
        <translation>Schweregrade:</translation>
    </message>
    <message>
        <source>Minimum length in characters</source>
        <translation>Mindestlänge in Zeichen</translation>
    </message>
    <message>
        <source>&amp;Minimum length:</source>
        <translation>&amp;Mindestlänge:</translation>
    </message>
    <message>
        <source>Trainers order the responses, best first; ties are allowed.</source>
        <translation>Trainer ordnen die Antworten, die beste zuerst; Gleichstände sind erlaubt.</translation>
    </message>
    <message>
        <source>Trainers write an ideal response, starting from one of the responses.</source>
        <translation>Trainer schreiben eine ideale Antwort, ausgehend von einer der Antworten.</translation>
    </message>
    <message>
        <source>Valid. Edits are kept as the draft of %1 as you make them.</source>
        <translation>Gültig. Änderungen werden laufend als Entwurf von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Draft of %1, version %2: saved</source>
        <translation>Entwurf von %1, Version %2: gespeichert</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <source>Published %1 version %2</source>
        <translation>%1 Version %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Unchanged: version %1 already has this content</source>
        <translation>Unverändert: Version %1 hat bereits diesen Inhalt</translation>
    </message>
    <message>
        <source>Publish Rubric</source>
        <translation>Bewertungsschema veröffentlichen</translation>
    </message>
    <message>
        <source>What changed in this version (kept with it):</source>
        <translation>Was sich in dieser Version geändert hat (wird mit ihr gespeichert):</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Draft (version %1)</source>
        <translation>Entwurf (Version %1)</translation>
    </message>
    <message>
        <source>This draft</source>
        <translation>Dieser Entwurf</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; published versions keep it</source>
        <translation>Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;; veröffentlichte Versionen behalten sie</translation>
    </message>
    <message>
        <source>The title trainers see</source>
        <translation>Der Titel, den Trainer sehen</translation>
    </message>
    <message>
        <source>The criteria in the order trainers answer them</source>
        <translation>Die Kriterien in der Reihenfolge, in der Trainer sie beantworten</translation>
    </message>
    <message>
        <source>Removes the selected criterion</source>
        <translation>Entfernt das gewählte Kriterium</translation>
    </message>
    <message>
        <source>Moves the selected criterion up</source>
        <translation>Schiebt das gewählte Kriterium nach oben</translation>
    </message>
    <message>
        <source>Moves the selected criterion down</source>
        <translation>Schiebt das gewählte Kriterium nach unten</translation>
    </message>
    <message>
        <source>The criterion&apos;s key in answers and exports</source>
        <translation>Der Schlüssel des Kriteriums in Antworten und Exporten</translation>
    </message>
    <message>
        <source>What kind of answer the criterion asks for</source>
        <translation>Welche Art Antwort das Kriterium verlangt</translation>
    </message>
    <message>
        <source>Answered once for the task, or once for each response</source>
        <translation>Einmal für die Aufgabe oder einmal für jede Antwort beantwortet</translation>
    </message>
    <message>
        <source>The title trainers see above the criterion</source>
        <translation>Der Titel, den Trainer über dem Kriterium sehen</translation>
    </message>
    <message>
        <source>A task cannot be submitted without this answer</source>
        <translation>Ohne diese Antwort kann eine Aufgabe nicht abgeschickt werden</translation>
    </message>
    <message>
        <source>The rubric&apos;s guidelines, written in Markdown</source>
        <translation>Die Richtlinien des Bewertungsschemas, in Markdown geschrieben</translation>
    </message>
    <message>
        <source>The guidelines as trainers will see them</source>
        <translation>Die Richtlinien, wie Trainer sie sehen werden</translation>
    </message>
    <message>
        <source>The older version of the two compared</source>
        <translation>Die ältere der beiden verglichenen Versionen</translation>
    </message>
    <message>
        <source>The newer version of the two compared</source>
        <translation>Die neuere der beiden verglichenen Versionen</translation>
    </message>
    <message>
        <source>What changed between the two versions</source>
        <translation>Was sich zwischen den beiden Versionen geändert hat</translation>
    </message>
    <message>
        <source>Keeps the draft (Ctrl+S)</source>
        <translation>Speichert den Entwurf (Strg+S)</translation>
    </message>
    <message>
        <source>Publishes the draft as the next version (Ctrl+Shift+P)</source>
        <translation>Veröffentlicht den Entwurf als nächste Version (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Closes the editor; the draft is kept</source>
        <translation>Schließt den Editor; der Entwurf bleibt erhalten</translation>
    </message>
    <message>
        <source>The lowest score of the scale</source>
        <translation>Der niedrigste Wert der Skala</translation>
    </message>
    <message>
        <source>The highest score of the scale</source>
        <translation>Der höchste Wert der Skala</translation>
    </message>
    <message>
        <source>An answer shorter than this cannot be submitted</source>
        <translation>Eine kürzere Antwort kann nicht abgeschickt werden</translation>
    </message>
    <message>
        <source>Ta&amp;xonomies</source>
        <translation>Ta&amp;xonomien</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Edit the rubric id</source>
        <translation>ID des Bewertungsschemas bearbeiten</translation>
    </message>
    <message>
        <source>Edit the rubric title</source>
        <translation>Titel des Bewertungsschemas bearbeiten</translation>
    </message>
    <message>
        <source>Edit the criterion key</source>
        <translation>Schlüssel des Kriteriums bearbeiten</translation>
    </message>
    <message>
        <source>Edit the criterion title</source>
        <translation>Titel des Kriteriums bearbeiten</translation>
    </message>
    <message>
        <source>Edit the guidance</source>
        <translation>Anleitung bearbeiten</translation>
    </message>
    <message>
        <source>Edit the guidelines</source>
        <translation>Richtlinien bearbeiten</translation>
    </message>
    <message>
        <source>Change the kind of the criterion</source>
        <translation>Art des Kriteriums ändern</translation>
    </message>
    <message>
        <source>Change what the criterion applies to</source>
        <translation>Ändern, wofür das Kriterium gilt</translation>
    </message>
    <message>
        <source>Change whether the criterion is required</source>
        <translation>Ändern, ob das Kriterium Pflicht ist</translation>
    </message>
    <message>
        <source>Change the scale</source>
        <translation>Skala ändern</translation>
    </message>
    <message>
        <source>Change the minimum length</source>
        <translation>Mindestlänge ändern</translation>
    </message>
    <message>
        <source>Edit the anchors</source>
        <translation>Anker bearbeiten</translation>
    </message>
    <message>
        <source>Edit the options</source>
        <translation>Optionen bearbeiten</translation>
    </message>
    <message>
        <source>Edit the span labels</source>
        <translation>Labels für Textstellen bearbeiten</translation>
    </message>
    <message>
        <source>Edit the safety categories</source>
        <translation>Sicherheitskategorien bearbeiten</translation>
    </message>
    <message>
        <source>Edit the severities</source>
        <translation>Schweregrade bearbeiten</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove a criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Move a criterion</source>
        <translation>Kriterium verschieben</translation>
    </message>
</context>
<context>
    <name>verdict::RubricPanel</name>
    <message>
        <source>%1: not answered</source>
        <translation>%1: nicht beantwortet</translation>
    </message>
    <message>
        <source>%1: not answered for response %2</source>
        <translation>%1: für Antwort %2 nicht beantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, response %2: %3</source>
        <translation>%1, Antwort %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted. %n thing(s) to finish:</source>
        <translation>
            <numerusform>Nicht abgeschickt. %n Punkt ist noch offen:</numerusform>
            <numerusform>Nicht abgeschickt. %n Punkte sind noch offen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdict::RubricStore</name>
    <message>
        <source>rubric %1 version %2 is damaged in the project file: %3</source>
        <translation>Bewertungsschema %1 Version %2 ist in der Projektdatei beschädigt: %3</translation>
    </message>
    <message>
        <source>version %1 of rubric %2 is already published with other content; published versions never change, so publish this as version %3</source>
        <translation>Version %1 von Bewertungsschema %2 ist bereits mit anderem Inhalt veröffentlicht; veröffentlichte Versionen ändern sich nie, veröffentlichen Sie dies also als Version %3</translation>
    </message>
    <message>
        <source>rubric %1 can only be published as version %2 next, not %3</source>
        <translation>Bewertungsschema %1 kann als Nächstes nur als Version %2 veröffentlicht werden, nicht als %3</translation>
    </message>
    <message>
        <source>rubric %1 has an unpublished draft of version %2 here; publish or discard it first</source>
        <translation>Bewertungsschema %1 hat hier einen unveröffentlichten Entwurf der Version %2; veröffentlichen oder verwerfen Sie ihn zuerst</translation>
    </message>
    <message>
        <source>version %1 of rubric %2 is already published here with other content; published versions never change</source>
        <translation>Version %1 von Bewertungsschema %2 ist hier bereits mit anderem Inhalt veröffentlicht; veröffentlichte Versionen ändern sich nie</translation>
    </message>
</context>
<context>
    <name>verdict::SaveQueue</name>
    <message>
        <source>The project is busy: another program is writing to it</source>
        <translation>Das Projekt ist belegt: ein anderes Programm schreibt gerade hinein</translation>
    </message>
    <message>
        <source>The project is busy: %1 is writing to it</source>
        <translation>Das Projekt ist belegt: %1 schreibt gerade hinein</translation>
    </message>
    <message>
        <source>The project is busy</source>
        <translation>Das Projekt ist belegt</translation>
    </message>
    <message>
        <source>%1, and the change cannot be kept until it is free: %2</source>
        <translation>%1, und die Änderung kann nicht aufbewahrt werden, bis es frei ist: %2</translation>
    </message>
</context>
<context>
    <name>verdict::SetRankingCommand</name>
    <message>
        <source>Rank responses</source>
        <translation>Antworten einordnen</translation>
    </message>
</context>
<context>
    <name>verdict::SetTextCommand</name>
    <message>
        <source>Type text</source>
        <translation>Text eingeben</translation>
    </message>
</context>
<context>
    <name>verdict::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name as it is recorded on every annotation you make</source>
        <translation>Ihr Name, wie er auf jeder Ihrer Annotationen gespeichert wird</translation>
    </message>
    <message>
        <source>For example kim</source>
        <translation>Zum Beispiel kim</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
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
        <source>The colours of every window</source>
        <translation>Die Farben aller Fenster</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The size of text in every window, in points</source>
        <translation>Die Textgröße in allen Fenstern, in Punkt</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The language of the interface; it changes when Verdict starts again</source>
        <translation>Die Sprache der Oberfläche; sie ändert sich beim nächsten Start von Verdict</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Verdict is started again.</source>
        <translation>Eine neue Sprache gilt, sobald Verdict neu gestartet wird.</translation>
    </message>
    <message>
        <source>Keep these settings and close</source>
        <translation>Diese Einstellungen behalten und schließen</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Diese Einstellungen behalten</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>verdict::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the window, by where it works</source>
        <translation>Alle Tastenkürzel des Fensters, nach dem Ort, an dem sie wirken</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
</context>
<context>
    <name>verdict::SpanEditor</name>
    <message>
        <source>Tagged spans</source>
        <translation>Markierte Textstellen</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>Every tagged span with its response, label and text; Enter shows one, Delete removes it</source>
        <translation>Jede markierte Textstelle mit Antwort, Label und Text; Eingabe zeigt sie, Entf entfernt sie</translation>
    </message>
    <message>
        <source>Remove the current span</source>
        <translation>Die aktuelle Textstelle entfernen</translation>
    </message>
    <message>
        <source>In a response or the span list</source>
        <translation>In einer Antwort oder der Liste der Textstellen</translation>
    </message>
    <message>
        <source>In a response: tag the selection</source>
        <translation>In einer Antwort: die Auswahl markieren</translation>
    </message>
    <message>
        <source>Tagged %1 in response %2</source>
        <translation>%1 in Antwort %2 markiert</translation>
    </message>
    <message>
        <source>Select text in a response first (Shift+arrows or the mouse)</source>
        <translation>Markieren Sie zuerst Text in einer Antwort (Umschalt+Pfeiltasten oder die Maus)</translation>
    </message>
</context>
<context>
    <name>verdict::SpanListModel</name>
    <message>
        <source>%1 · %2 · “%3”</source>
        <translation>%1 · %2 · „%3“</translation>
    </message>
</context>
<context>
    <name>verdict::TaskStore</name>
    <message>
        <source>a task with id %1 already exists</source>
        <translation>eine Aufgabe mit der ID %1 gibt es bereits</translation>
    </message>
    <message>
        <source>task %1 is damaged in the project file: %2</source>
        <translation>Aufgabe %1 ist in der Projektdatei beschädigt: %2</translation>
    </message>
    <message>
        <source>task %1 is damaged in the project file: its context or responses do not have the stored shape</source>
        <translation>Aufgabe %1 ist in der Projektdatei beschädigt: ihr Kontext oder ihre Antworten haben nicht die Form, in der sie gespeichert werden</translation>
    </message>
</context>
<context>
    <name>verdict::TaskView</name>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Response %1 — %2</source>
        <translation>Antwort %1 – %2</translation>
    </message>
    <message>
        <source>The conversation the responses answer, read only</source>
        <translation>Das Gespräch, auf das die Antworten antworten, nur lesbar</translation>
    </message>
    <message>
        <source>Shift and the arrow keys select text to tag; 1 to 9 rank the response</source>
        <translation>Umschalt und die Pfeiltasten wählen Text zum Markieren; 1 bis 9 ordnen die Antwort ein</translation>
    </message>
    <message>
        <source>Earlier turns of response %1</source>
        <translation>Frühere Runden von Antwort %1</translation>
    </message>
    <message>
        <source>Final reply of response %1</source>
        <translation>Letzte Runde von Antwort %1</translation>
    </message>
    <message>
        <source>Response %1, earlier turns</source>
        <translation>Antwort %1, frühere Runden</translation>
    </message>
    <message>
        <source>The turns this response carries before its final reply, read only</source>
        <translation>Die Runden, die diese Antwort vor ihrer letzten Runde enthält, nur lesbar</translation>
    </message>
</context>
<context>
    <name>verdict::TaxonomyEditor</name>
    <message>
        <source>Taxonomies of authored tasks</source>
        <translation>Taxonomien verfasster Aufgaben</translation>
    </message>
    <message>
        <source>Taxonomies</source>
        <translation>Taxonomien</translation>
    </message>
    <message>
        <source>The taxonomies authors tag their tasks with; choose one to edit it</source>
        <translation>Die Taxonomien, mit deren Tags Autoren ihre Aufgaben versehen; wählen Sie eine, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Add Taxonom&amp;y</source>
        <translation>Taxonomie &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove Taxonomy</source>
        <translation>Taxonomie entfernen</translation>
    </message>
    <message>
        <source>Adds an empty taxonomy to fill in on the right</source>
        <translation>Fügt eine leere Taxonomie hinzu, die rechts ausgefüllt wird</translation>
    </message>
    <message>
        <source>Removes the chosen taxonomy from the draft rubric</source>
        <translation>Entfernt die gewählte Taxonomie aus dem Entwurf des Bewertungsschemas</translation>
    </message>
    <message>
        <source>Authors tag SFT examples with domain, intent, difficulty and language; red-team entries take technique, harm_category and severity.</source>
        <translation>Autoren versehen SFT-Beispiele mit Tags für domain, intent, difficulty und language; Red-Teaming-Einträge erhalten technique, harm_category und severity.</translation>
    </message>
    <message>
        <source>Taxonomy key</source>
        <translation>Schlüssel der Taxonomie</translation>
    </message>
    <message>
        <source>The name stored with each tag, such as domain or technique</source>
        <translation>Der Name, der mit jedem Tag gespeichert wird, etwa domain oder technique</translation>
    </message>
    <message>
        <source>Taxonomy title</source>
        <translation>Titel der Taxonomie</translation>
    </message>
    <message>
        <source>The name people see in the authoring view</source>
        <translation>Der Name, den Autoren in der Ansicht zum Verfassen sehen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Taxonomy &amp;name:</source>
        <translation>&amp;Name der Taxonomie:</translation>
    </message>
    <message>
        <source>Values of the taxonomy</source>
        <translation>Werte der Taxonomie</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n value(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Wert)</numerusform>
            <numerusform>%1 (%2, %n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>New taxonomy</source>
        <translation>Neue Taxonomie</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Edit the taxonomy key</source>
        <translation>Schlüssel der Taxonomie bearbeiten</translation>
    </message>
    <message>
        <source>Edit the taxonomy name</source>
        <translation>Namen der Taxonomie bearbeiten</translation>
    </message>
    <message>
        <source>Edit the taxonomy values</source>
        <translation>Werte der Taxonomie bearbeiten</translation>
    </message>
    <message>
        <source>Add a taxonomy</source>
        <translation>Taxonomie hinzufügen</translation>
    </message>
    <message>
        <source>Remove a taxonomy</source>
        <translation>Taxonomie entfernen</translation>
    </message>
</context>
<context>
    <name>verdict::TextAnswerEditor</name>
    <message>
        <source>%1 / at least %2 characters</source>
        <translation>%1 / mindestens %2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer in words</source>
        <translation>Ihre Antwort in Worten</translation>
    </message>
</context>
<context>
    <name>verdict::TransferWorker</name>
    <message>
        <source>Cannot open the project.</source>
        <translation>Das Projekt kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1: not imported (cancelled)</source>
        <translation>%1: nicht importiert (abgebrochen)</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: nichts importiert: %2</translation>
    </message>
    <message>
        <source>%1: imported before; nothing changed</source>
        <translation>%1: bereits importiert; nichts geändert</translation>
    </message>
    <message>
        <source>Nothing written: %1</source>
        <translation>Nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2</source>
        <translation>%1 Datensätze nach %2 geschrieben</translation>
    </message>
    <message>
        <source>%1 answer sets gave no record (a tie, no ranking or no rewrite)</source>
        <translation>%1 Antwortsätze ergaben keinen Datensatz (Gleichstand, keine Rangfolge oder keine Überarbeitung)</translation>
    </message>
    <message>
        <source>Assignment not complete: %1</source>
        <translation>Zuweisung nicht vollständig: %1</translation>
    </message>
    <message>
        <source>%1: %2 tasks (%3 gold) in %4, revision %5</source>
        <translation>%1: %2 Aufgaben (%3 Gold) in %4, Revision %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>verdict::TurnListEditor</name>
    <message>
        <source>Conversation turns</source>
        <translation>Gesprächsrunden</translation>
    </message>
    <message>
        <source>Add Turn (Ctrl+T)</source>
        <translation>Runde hinzufügen (Strg+T)</translation>
    </message>
    <message>
        <source>Add a turn</source>
        <translation>Eine Runde hinzufügen</translation>
    </message>
    <message>
        <source>Adds a turn after the one with the focus</source>
        <translation>Fügt nach der Runde mit dem Fokus eine Runde hinzu</translation>
    </message>
    <message>
        <source>Add Turn</source>
        <translation>Runde hinzufügen</translation>
    </message>
    <message>
        <source>Remove Turn</source>
        <translation>Runde entfernen</translation>
    </message>
    <message>
        <source>Move Turn Up</source>
        <translation>Runde nach oben schieben</translation>
    </message>
    <message>
        <source>Move Turn Down</source>
        <translation>Runde nach unten schieben</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Role of this turn</source>
        <translation>Rolle dieser Runde</translation>
    </message>
    <message>
        <source>Who speaks in this turn: user, assistant or tool</source>
        <translation>Wer in dieser Runde spricht: Nutzer, Assistent oder Werkzeug</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this turn</source>
        <translation>Diese Runde entfernen</translation>
    </message>
    <message>
        <source>Removes the turn (Ctrl+Shift+Delete)</source>
        <translation>Entfernt die Runde (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Move up (Alt+Shift+Up)</source>
        <translation>Nach oben (Alt+Umschalt+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move this turn up</source>
        <translation>Diese Runde nach oben schieben</translation>
    </message>
    <message>
        <source>Move down (Alt+Shift+Down)</source>
        <translation>Nach unten (Alt+Umschalt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Move this turn down</source>
        <translation>Diese Runde nach unten schieben</translation>
    </message>
    <message>
        <source>Text of this turn</source>
        <translation>Text dieser Runde</translation>
    </message>
    <message>
        <source>What is said in this turn; Tab moves on</source>
        <translation>Was in dieser Runde gesagt wird; Tab geht weiter</translation>
    </message>
    <message>
        <source>Role of turn %1</source>
        <translation>Rolle von Runde %1</translation>
    </message>
    <message>
        <source>Turn %1 (%2)</source>
        <translation>Runde %1 (%2)</translation>
    </message>
    <message>
        <source>Turn %1: what the %2 says</source>
        <translation>Runde %1 (%2): was gesagt wird</translation>
    </message>
    <message>
        <source>Change the role of turn %1</source>
        <translation>Rolle von Runde %1 ändern</translation>
    </message>
    <message>
        <source>Edit turn %1</source>
        <translation>Runde %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove a turn</source>
        <translation>Runde entfernen</translation>
    </message>
    <message>
        <source>Move a turn</source>
        <translation>Runde verschieben</translation>
    </message>
</context>
<context>
    <name>verdict::Workbench</name>
    <message>
        <source>A waiting change could not be saved</source>
        <translation>Eine wartende Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the rubric</source>
        <translation>Das Bewertungsschema kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot show task</source>
        <translation>Aufgabe kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The task is gone.</source>
        <translation>Die Aufgabe ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Cannot open the annotation</source>
        <translation>Die Annotation kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot find the next task</source>
        <translation>Die nächste Aufgabe kann nicht gefunden werden</translation>
    </message>
    <message>
        <source>Every task in the queue is finished.</source>
        <translation>Jede Aufgabe in der Warteschlange ist erledigt.</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>Abschicken nicht möglich</translation>
    </message>
    <message>
        <source>Cannot skip</source>
        <translation>Überspringen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot escalate</source>
        <translation>Eskalieren nicht möglich</translation>
    </message>
</context>
<context>
    <name>verdict::WorkbenchStatusBar</name>
    <message>
        <source>Active time on this task: counted while Verdict has the focus and you are not idle for more than a minute</source>
        <translation>Aktive Zeit für diese Aufgabe: gezählt, solange Verdict den Fokus hat und Sie nicht länger als eine Minute untätig sind</translation>
    </message>
    <message>
        <source>NOT SAVED: %1</source>
        <translation>NICHT GESPEICHERT: %1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Draft, not saved yet</source>
        <translation>Entwurf, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Draft, saved %1</source>
        <translation>Entwurf, gespeichert %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source> · changed since it was submitted: submit again</source>
        <translation> · seit dem Abschicken geändert: erneut abschicken</translation>
    </message>
    <message>
        <source>Submitted %1 (revision %2)</source>
        <translation>Abgeschickt %1 (Revision %2)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Eskaliert: %1</translation>
    </message>
    <message>
        <source> · waits for the busy project</source>
        <translation> · wartet auf das belegte Projekt</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Project busy: %n change(s) waiting</source>
        <translation>
            <numerusform>Projekt belegt: %n Änderung wartet</numerusform>
            <numerusform>Projekt belegt: %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.
Your changes are kept and saved, in the order you made them, as soon as the project is free.</source>
        <translation>%1.
Ihre Änderungen bleiben erhalten und werden in der Reihenfolge, in der Sie sie vorgenommen haben, gespeichert, sobald das Projekt frei ist.</translation>
    </message>
    <message>
        <source>Active %1</source>
        <translation>Aktiv %1</translation>
    </message>
</context>
<context>
    <name>verdict::annotationjson</name>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>expected a time like 2026-11-22T10:00:00Z</source>
        <translation>Zeitangabe wie 2026-11-22T10:00:00Z erwartet</translation>
    </message>
    <message>
        <source>missing; expected the rubric id (the manifest names none)</source>
        <translation>fehlt; die ID des Bewertungsschemas wird erwartet (das Manifest nennt keine)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected draft, submitted, skipped or escalated</source>
        <translation>unbekannter Status „%1“; erwartet: draft, submitted, skipped oder escalated</translation>
    </message>
    <message>
        <source>expected a number of seconds, at least 0</source>
        <translation>eine Anzahl Sekunden von mindestens 0 erwartet</translation>
    </message>
    <message>
        <source>missing; expected the final answer</source>
        <translation>fehlt; die endgültige Antwort wird erwartet</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; expected annotator, consensus or lead</source>
        <translation>unbekannte Quelle „%1“; erwartet: annotator, consensus oder lead</translation>
    </message>
    <message>
        <source>missing; expected the annotator whose answer was taken</source>
        <translation>fehlt; der Annotator, dessen Antwort übernommen wurde, wird erwartet</translation>
    </message>
    <message>
        <source>a decision without a criterion resolves an escalation; its answer is {&quot;resolved&quot;: true}</source>
        <translation>eine Entscheidung ohne Kriterium löst eine Eskalation auf; ihre Antwort ist {&quot;resolved&quot;: true}</translation>
    </message>
</context>
<context>
    <name>verdict::authoringreview</name>
    <message>
        <source>Review of authored work</source>
        <translation>Prüfung verfasster Arbeit</translation>
    </message>
    <message>
        <source>Read the example or red-team entry as the person who will train on it.

- **Accept** when every field is filled, the prompt is realistic and the ideal response is one you would be glad to train on (for a red-team entry: the log says exactly what was tried and what happened).
- **Needs changes** otherwise: say in the comments what to change, so the author can revise without asking.</source>
        <translation>Lesen Sie das Beispiel oder den Red-Teaming-Eintrag mit den Augen der Person, die damit trainieren wird.

- **Annehmen**, wenn alle Felder ausgefüllt sind, der Prompt realistisch ist und Sie mit der idealen Antwort gern trainieren würden (bei einem Red-Teaming-Eintrag: das Protokoll sagt genau, was versucht wurde und was geschah).
- **Änderungen nötig** in allen anderen Fällen: Schreiben Sie in die Kommentare, was geändert werden soll, damit der Autor ohne Rückfrage überarbeiten kann.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Accept the work as it is, or send it back with comments.</source>
        <translation>Nehmen Sie die Arbeit an, wie sie ist, oder schicken Sie sie mit Kommentaren zurück.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Änderungen nötig</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>What to change, and why. Required in practice when you ask for changes.</source>
        <translation>Was geändert werden soll, und warum. In der Praxis nötig, wenn Sie Änderungen verlangen.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>Mathematik</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Naturwissenschaften</translation>
    </message>
    <message>
        <source>Everyday life</source>
        <translation>Alltag</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Solve a problem</source>
        <translation>Ein Problem lösen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Etwas erschaffen</translation>
    </message>
    <message>
        <source>Transform text</source>
        <translation>Text umwandeln</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Beraten</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Red-team technique</source>
        <translation>Red-Teaming-Technik</translation>
    </message>
    <message>
        <source>Role play</source>
        <translation>Rollenspiel</translation>
    </message>
    <message>
        <source>Obfuscation</source>
        <translation>Verschleierung</translation>
    </message>
    <message>
        <source>Prompt injection</source>
        <translation>Prompt-Injection</translation>
    </message>
    <message>
        <source>Multi-turn escalation</source>
        <translation>Eskalation über mehrere Runden</translation>
    </message>
    <message>
        <source>Hypothetical framing</source>
        <translation>Hypothetische Rahmung</translation>
    </message>
    <message>
        <source>Harm category</source>
        <translation>Schadenskategorie</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Gewalt</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Selbstverletzung</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Cybercrime</source>
        <translation>Cyberkriminalität</translation>
    </message>
    <message>
        <source>Misinformation</source>
        <translation>Falschinformation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>verdict::batchformat</name>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <source>format version %1 is not supported; this version of Verdict reads version %2 (a newer Verdict wrote this file?)</source>
        <translation>Formatversion %1 wird nicht unterstützt; diese Version von Verdict liest Version %2 (hat ein neueres Verdict diese Datei geschrieben?)</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>UUID erwartet</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected assignment, annotations, gold or dataset</source>
        <translation>unbekannte Art „%1“; erwartet: assignment, annotations, gold oder dataset</translation>
    </message>
    <message>
        <source>expected a time like 2026-11-22T10:00:00Z</source>
        <translation>Zeitangabe wie 2026-11-22T10:00:00Z erwartet</translation>
    </message>
    <message>
        <source>an assignment names the rubric version to work under</source>
        <translation>eine Zuweisung nennt die Version des Bewertungsschemas, unter der gearbeitet wird</translation>
    </message>
    <message>
        <source>an assignment names the person it is for</source>
        <translation>eine Zuweisung nennt die Person, für die sie bestimmt ist</translation>
    </message>
    <message>
        <source>only an assignment can be a calibration batch</source>
        <translation>nur eine Zuweisung kann ein Kalibrierungs-Batch sein</translation>
    </message>
    <message>
        <source>expected 64 lowercase hexadecimal digits</source>
        <translation>64 hexadezimale Ziffern in Kleinbuchstaben erwartet</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>only a dataset batch holds final answers</source>
        <translation>nur ein Datensatz-Batch enthält endgültige Antworten</translation>
    </message>
</context>
<context>
    <name>verdict::cli</name>
    <message>
        <source>create a project</source>
        <translation>ein Projekt anlegen</translation>
    </message>
    <message>
        <source>summarise a project</source>
        <translation>ein Projekt zusammenfassen</translation>
    </message>
    <message>
        <source>publish, show and compare rubric versions</source>
        <translation>Versionen von Bewertungsschemata veröffentlichen, zeigen und vergleichen</translation>
    </message>
    <message>
        <source>create the demo project</source>
        <translation>das Demoprojekt anlegen</translation>
    </message>
    <message>
        <source>import batches and foreign files</source>
        <translation>Batches und fremde Dateien importieren</translation>
    </message>
    <message>
        <source>write a batch or a training-data file</source>
        <translation>einen Batch oder eine Trainingsdatendatei schreiben</translation>
    </message>
    <message>
        <source>check a batch file&apos;s manifest, count and digest</source>
        <translation>Manifest, Anzahl und Prüfsumme einer Batch-Datei prüfen</translation>
    </message>
    <message>
        <source>measure agreement between annotators</source>
        <translation>die Übereinstimmung zwischen Annotatoren messen</translation>
    </message>
    <message>
        <source>compare annotators with the gold answers</source>
        <translation>Annotatoren mit den Gold-Antworten vergleichen</translation>
    </message>
    <message>
        <source>compare models from preference judgments</source>
        <translation>Modelle anhand von Präferenzurteilen vergleichen</translation>
    </message>
    <message>
        <source>Usage: verdict [PROJECT]            open the workbench
       verdict COMMAND [OPTIONS]    run a command without a window

Commands:
</source>
        <translation>Aufruf: verdict [PROJEKT]            öffnet die Werkbank
       verdict BEFEHL [OPTIONEN]    führt einen Befehl ohne Fenster aus

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     show this help; `verdict COMMAND --help` for a command
  -v, --version  show the version; with --verbose, the libraries&apos; versions too
</source>
        <translation>
Optionen:
  -h, --help     diese Hilfe zeigen; `verdict BEFEHL --help` für einen Befehl
  -v, --version  die Version zeigen; mit --verbose auch die Versionen der Bibliotheken
</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>verdict: unknown command &quot;%1&quot;</source>
        <translation>verdict: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The files&apos; format: %1 (default: auto, told from the first record).</source>
        <translation>Das Format der Dateien: %1 (Standard: auto, am ersten Datensatz erkannt).</translation>
    </message>
    <message>
        <source>Credit answers the files do not attribute to NAME (foreign formats).</source>
        <translation>Antworten, die die Dateien niemandem zuschreiben, NAME zuschreiben (fremde Formate).</translation>
    </message>
    <message>
        <source>Print JSON (see docs/cli.md).</source>
        <translation>JSON ausgeben (siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Files to import, each in one transaction.</source>
        <translation>Zu importierende Dateien, jede in einer Transaktion.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; expected %2</source>
        <translation>unbekanntes Format „%1“; erwartet: %2</translation>
    </message>
    <message>
        <source>%1: batch %2 revision %3 was imported before; nothing changed</source>
        <translation>%1: Batch %2 Revision %3 wurde bereits importiert; nichts geändert</translation>
    </message>
    <message>
        <source>%1: imported %2 (%3, revision %4)</source>
        <translation>%1: %2 importiert (%3, Revision %4)</translation>
    </message>
    <message>
        <source>, superseding revision %1</source>
        <translation>, ersetzt Revision %1</translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation>Die Batch-Datei.</translation>
    </message>
    <message>
        <source>verify FILE [--json]</source>
        <translation>verify FILE [--json]</translation>
    </message>
    <message>
        <source>%1: valid %2 batch %3 revision %4 from %5 (%6), %7 records, sha256 %8</source>
        <translation>%1: gültiger %2-Batch %3 Revision %4 von %5 (%6), %7 Datensätze, sha256 %8</translation>
    </message>
    <message>
        <source>rubric versions: %1, tasks: %2, annotations: %3, gold answers: %4, decisions: %5</source>
        <translation>Versionen von Bewertungsschemata: %1, Aufgaben: %2, Annotationen: %3, Gold-Antworten: %4, Entscheidungen: %5</translation>
    </message>
    <message>
        <source>batch, dataset (a dataset batch), trl, sft, prodigy or ratings.</source>
        <translation>batch, dataset (ein Datensatz-Batch), trl, sft, prodigy oder ratings.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Batch kind: assignment, annotations, gold or dataset (default).</source>
        <translation>Art des Batches: assignment, annotations, gold oder dataset (Standard).</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s work; for an assignment, who it is for.</source>
        <translation>Nur die Arbeit dieses Annotators; bei einer Zuweisung: für wen sie ist.</translation>
    </message>
    <message>
        <source>TRL: all (default) or best-vs-rest.</source>
        <translation>TRL: all (Standard) oder best-vs-rest.</translation>
    </message>
    <message>
        <source>TRL: plain (default) or conversational.</source>
        <translation>TRL: plain (Standard) oder conversational.</translation>
    </message>
    <message>
        <source>Assignment: the rubric to work under (its latest version).</source>
        <translation>Zuweisung: das Bewertungsschema, unter dem gearbeitet wird (seine neueste Version).</translation>
    </message>
    <message>
        <source>Assignment: include the tasks&apos; gold answers.</source>
        <translation>Zuweisung: die Gold-Antworten der Aufgaben mitgeben.</translation>
    </message>
    <message>
        <source>Writes a batch or a training-data file. The file appears whole or not at all.</source>
        <translation>Schreibt einen Batch oder eine Trainingsdatendatei. Die Datei erscheint ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation>--format ist erforderlich</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT ist erforderlich</translation>
    </message>
    <message>
        <source>--format dataset writes a dataset batch; leave out --kind</source>
        <translation>--format dataset schreibt einen Datensatz-Batch; lassen Sie --kind weg</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; expected batch, dataset, trl, sft, prodigy or ratings</source>
        <translation>unbekanntes Format „%1“; erwartet: batch, dataset, trl, sft, prodigy oder ratings</translation>
    </message>
    <message>
        <source>--kind applies to batch exports only</source>
        <translation>--kind gilt nur für Batch-Exporte</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected assignment, annotations, gold or dataset</source>
        <translation>unbekannte Art „%1“; erwartet: assignment, annotations, gold oder dataset</translation>
    </message>
    <message>
        <source>--pairs and --style apply to --format trl only</source>
        <translation>--pairs und --style gelten nur für --format trl</translation>
    </message>
    <message>
        <source>--pairs takes all or best-vs-rest</source>
        <translation>--pairs nimmt all oder best-vs-rest</translation>
    </message>
    <message>
        <source>--style takes plain or conversational</source>
        <translation>--style nimmt plain oder conversational</translation>
    </message>
    <message>
        <source>--rubric and --calibration apply to --kind assignment only</source>
        <translation>--rubric und --calibration gelten nur für --kind assignment</translation>
    </message>
    <message>
        <source>an assignment needs --annotator, the person it is for</source>
        <translation>eine Zuweisung braucht --annotator, die Person, für die sie ist</translation>
    </message>
    <message>
        <source>--annotator does not apply to a %1 batch</source>
        <translation>--annotator gilt nicht für einen %1-Batch</translation>
    </message>
    <message>
        <source>Wrote %1: %2 batch %3 revision %4, %5 records</source>
        <translation>%1 geschrieben: %2-Batch %3 Revision %4, %5 Datensätze</translation>
    </message>
    <message>
        <source>Wrote %1: %2 records from %3 answer sets (%4 gave none)</source>
        <translation>%1 geschrieben: %2 Datensätze aus %3 Antwortsätzen (%4 ergaben keinen)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (Schema %2)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>%1, %2 with a gold answer, %3 adjudicated criteria</source>
        <translation>%1, %2 mit Gold-Antwort, %3 geschlichtete Kriterien</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Rubrics</source>
        <translation>Bewertungsschemata</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>none imported</source>
        <translation>keine importiert</translation>
    </message>
    <message>
        <source>%1 rev %2 (%3) from %4, %5 records, %6</source>
        <translation>%1 Rev. %2 (%3) von %4, %5 Datensätze, %6</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>Der Name des Projekts.</translation>
    </message>
    <message>
        <source>Publish this rubric file as its first version.</source>
        <translation>Diese Bewertungsschema-Datei als erste Version veröffentlichen.</translation>
    </message>
    <message>
        <source>The project file to create (*.verdict).</source>
        <translation>Die anzulegende Projektdatei (*.verdict).</translation>
    </message>
    <message>
        <source>init PROJECT --name NAME [--rubric RUBRIC.json]</source>
        <translation>init PROJECT --name NAME [--rubric RUBRIC.json]</translation>
    </message>
    <message>
        <source>Creates a project file.</source>
        <translation>Legt eine Projektdatei an.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist erforderlich</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Erste Version</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>info PROJECT [--json]</source>
        <translation>info PROJECT [--json]</translation>
    </message>
    <message>
        <source>Add sample annotations by two annotators, gold answers and decisions (the project the example batches in resources/demo/batches were exported from).</source>
        <translation>Beispiel-Annotationen von zwei Annotatoren, Gold-Antworten und Entscheidungen hinzufügen (das Projekt, aus dem die Beispiel-Batches in resources/demo/batches exportiert wurden).</translation>
    </message>
    <message>
        <source>demo PROJECT [--sample-work]</source>
        <translation>demo PROJECT [--sample-work]</translation>
    </message>
    <message>
        <source>Creates a project with the demo rubric and tasks.</source>
        <translation>Legt ein Projekt mit dem Demo-Bewertungsschema und den Demo-Aufgaben an.</translation>
    </message>
    <message>
        <source>Only these metrics (repeat or separate with commas): %1.</source>
        <translation>Nur diese Maße (wiederholen oder mit Kommas trennen): %1.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha at this level only: nominal, ordinal, interval or ratio.</source>
        <translation>Krippendorffs Alpha nur auf diesem Skalenniveau: nominal, ordinal, interval oder ratio.</translation>
    </message>
    <message>
        <source>agreement PROJECT [--criterion KEY] [--metric NAME] [--level LEVEL] [--rubric-version N] [--slice FIELD] [--json]</source>
        <translation>agreement PROJECT [--criterion KEY] [--metric NAME] [--level LEVEL] [--rubric-version N] [--slice FIELD] [--json]</translation>
    </message>
    <message>
        <source>Measures how far annotators agree, per criterion, over submitted annotations. Which metric applies to which kind of criterion is explained in docs/metrics.md.</source>
        <translation>Misst, wie weit Annotatoren übereinstimmen, pro Kriterium, über abgeschickte Annotationen. Welches Maß für welche Art von Kriterium gilt, erklärt docs/metrics.md.</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>unbekanntes Maß „%1“</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;; expected nominal, ordinal, interval or ratio</source>
        <translation>unbekanntes Skalenniveau „%1“; erwartet: nominal, ordinal, interval oder ratio</translation>
    </message>
    <message>
        <source>No agreement to report: no criterion with an agreement metric (text and rewrite have none), or nothing submitted yet.</source>
        <translation>Keine Übereinstimmung zu berichten: kein Kriterium mit einem Übereinstimmungsmaß (Text und Überarbeitung haben keines), oder noch nichts abgeschickt.</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Deutung</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>raters</source>
        <translation>Bewertende</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>gold-accuracy PROJECT [--criterion KEY] [--rubric-version N] [--slice FIELD] [--json]</source>
        <translation>gold-accuracy PROJECT [--criterion KEY] [--rubric-version N] [--slice FIELD] [--json]</translation>
    </message>
    <message>
        <source>Compares each annotator&apos;s submitted answers with the gold answers, per criterion: exact matches; for ratings also within one point and the mean absolute error; for rankings the response pairs ordered as gold orders them.</source>
        <translation>Vergleicht die abgeschickten Antworten jedes Annotators mit den Gold-Antworten, pro Kriterium: exakte Treffer; bei Bewertungen auch höchstens einen Punkt daneben und den mittleren absoluten Fehler; bei Rangfolgen die Antwortpaare, die wie im Gold geordnet sind.</translation>
    </message>
    <message>
        <source>No gold accuracy to report: no gold answers, or no submitted annotation of a gold task.</source>
        <translation>Keine Gold-Genauigkeit zu berichten: keine Gold-Antworten, oder keine abgeschickte Annotation einer Gold-Aufgabe.</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>within 1</source>
        <translation>±1</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAF</translation>
    </message>
    <message>
        <source>pairs as gold</source>
        <translation>Paare wie Gold</translation>
    </message>
    <message>
        <source>span F1</source>
        <translation>F1 Textstellen</translation>
    </message>
    <message>
        <source>Bootstrap replicates for the Bradley–Terry intervals (default 1000).</source>
        <translation>Bootstrap-Wiederholungen für die Bradley-Terry-Intervalle (Standard 1000).</translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 1).</source>
        <translation>Startwert des Bootstraps (Standard 1).</translation>
    </message>
    <message>
        <source>compare-models PROJECT [--criterion KEY] [--slice FIELD] [--rubric-version N] [--json]</source>
        <translation>compare-models PROJECT [--criterion KEY] [--slice FIELD] [--rubric-version N] [--json]</translation>
    </message>
    <message>
        <source>Compares models from the preferences in ranking answers: win, tie and loss rates for every pair of models with 95% Wilson intervals, a Bradley–Terry strength per model with 95% bootstrap intervals, and how often each model&apos;s responses get each span label and safety flag.</source>
        <translation>Vergleicht Modelle anhand der Präferenzen in Rangfolge-Antworten: Sieg-, Gleichstand- und Niederlagenquoten für jedes Modellpaar mit 95-%-Wilson-Intervallen, eine Bradley-Terry-Stärke pro Modell mit 95-%-Bootstrap-Intervallen und wie oft die Antworten jedes Modells jedes Label für Textstellen und jede Sicherheitsmeldung erhalten.</translation>
    </message>
    <message>
        <source>--replicates expects a number, not &quot;%1&quot;</source>
        <translation>--replicates erwartet eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed expects a number, not &quot;%1&quot;</source>
        <translation>--seed erwartet eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>The rubric has no ranking criterion: no preferences to compare.</source>
        <translation>Das Bewertungsschema hat kein Rangfolge-Kriterium: keine Präferenzen zu vergleichen.</translation>
    </message>
    <message>
        <source>Preferences from &quot;%1&quot; (95% Wilson intervals):</source>
        <translation>Präferenzen aus „%1“ (95-%-Wilson-Intervalle):</translation>
    </message>
    <message>
        <source>model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>judgments</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>A preferred</source>
        <translation>A bevorzugt</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <source>B preferred</source>
        <translation>B bevorzugt</translation>
    </message>
    <message>
        <source>Bradley–Terry log-strength (mean 0; 95% bootstrap interval over tasks, %1 replicates, seed %2):</source>
        <translation>Bradley-Terry-Log-Stärke (Mittel 0; 95-%-Bootstrap-Intervall über Aufgaben, %1 Wiederholungen, Startwert %2):</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Span labels and safety flags per judged response (95% Wilson intervals):</source>
        <translation>Labels für Textstellen und Sicherheitsmeldungen pro beurteilter Antwort (95-%-Wilson-Intervalle):</translation>
    </message>
    <message>
        <source>label or flag</source>
        <translation>Label oder Meldung</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>judged</source>
        <translation>beurteilt</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>What changed, kept with the version.</source>
        <translation>Was sich geändert hat, wird mit der Version gespeichert.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The rubric to publish.</source>
        <translation>Das zu veröffentlichende Bewertungsschema.</translation>
    </message>
    <message>
        <source>Publishes a rubric file as the next version of its id. Published versions never change; publishing the same content again changes nothing.</source>
        <translation>Veröffentlicht eine Bewertungsschema-Datei als nächste Version ihrer ID. Veröffentlichte Versionen ändern sich nie; derselbe Inhalt ein zweites Mal veröffentlicht ändert nichts.</translation>
    </message>
    <message>
        <source>Published %1 version %2</source>
        <translation>%1 Version %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Unchanged: %1 version %2 already has this content</source>
        <translation>Unverändert: %1 Version %2 hat bereits diesen Inhalt</translation>
    </message>
    <message>
        <source>the project has no rubric yet</source>
        <translation>das Projekt hat noch kein Bewertungsschema</translation>
    </message>
    <message>
        <source>the project has several rubrics (%1); name one</source>
        <translation>das Projekt hat mehrere Bewertungsschemata (%1); nennen Sie eines</translation>
    </message>
    <message>
        <source>rubric %1 has no version %2</source>
        <translation>Bewertungsschema %1 hat keine Version %2</translation>
    </message>
    <message>
        <source>no published rubric %1</source>
        <translation>kein veröffentlichtes Bewertungsschema %1</translation>
    </message>
    <message>
        <source>Show this version (default: the latest).</source>
        <translation>Diese Version zeigen (Standard: die neueste).</translation>
    </message>
    <message>
        <source>Print the rubric file (JSON).</source>
        <translation>Die Bewertungsschema-Datei (JSON) ausgeben.</translation>
    </message>
    <message>
        <source>The rubric id; optional when there is one.</source>
        <translation>Die ID des Bewertungsschemas; optional, wenn es nur eines gibt.</translation>
    </message>
    <message>
        <source>rubric show PROJECT [ID] [--version N] [--json]</source>
        <translation>rubric show PROJECT [ID] [--version N] [--json]</translation>
    </message>
    <message>
        <source>Shows a rubric version.</source>
        <translation>Zeigt eine Version eines Bewertungsschemas.</translation>
    </message>
    <message>
        <source>--version expects a number from 1</source>
        <translation>--version erwartet eine Zahl ab 1</translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation>%1 Version %2: %3</translation>
    </message>
    <message>
        <source>per task</source>
        <translation>pro Aufgabe</translation>
    </message>
    <message>
        <source>per response</source>
        <translation>pro Antwort</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>The rubric id.</source>
        <translation>Die ID des Bewertungsschemas.</translation>
    </message>
    <message>
        <source>The older version.</source>
        <translation>Die ältere Version.</translation>
    </message>
    <message>
        <source>The newer version.</source>
        <translation>Die neuere Version.</translation>
    </message>
    <message>
        <source>rubric diff PROJECT ID FROM TO [--json]</source>
        <translation>rubric diff PROJECT ID FROM TO [--json]</translation>
    </message>
    <message>
        <source>Lists what changed between two versions of a rubric.</source>
        <translation>Listet auf, was sich zwischen zwei Versionen eines Bewertungsschemas geändert hat.</translation>
    </message>
    <message>
        <source>FROM and TO are version numbers</source>
        <translation>FROM und TO sind Versionsnummern</translation>
    </message>
    <message numerus="yes">
        <source>%1: version %2 → %3, %n change(s)</source>
        <translation>
            <numerusform>%1: Version %2 → %3, %n Änderung</numerusform>
            <numerusform>%1: Version %2 → %3, %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: verdict rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--json]
       verdict rubric show PROJECT [ID] [--version N] [--json]
       verdict rubric diff PROJECT ID FROM TO [--json]
</source>
        <translation>Aufruf: verdict rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--json]
        verdict rubric show PROJECT [ID] [--version N] [--json]
        verdict rubric diff PROJECT ID FROM TO [--json]
</translation>
    </message>
    <message>
        <source>rubric needs publish, show or diff</source>
        <translation>rubric braucht publish, show oder diff</translation>
    </message>
    <message>
        <source>unknown rubric command &quot;%1&quot;; expected publish, show or diff</source>
        <translation>unbekannter rubric-Befehl „%1“; erwartet: publish, show oder diff</translation>
    </message>
    <message>
        <source>Only this criterion.</source>
        <translation>Nur dieses Kriterium.</translation>
    </message>
    <message>
        <source>Only this rubric (by id).</source>
        <translation>Nur dieses Bewertungsschema (nach ID).</translation>
    </message>
    <message>
        <source>Only annotations made under this rubric version.</source>
        <translation>Nur Annotationen, die unter dieser Version des Bewertungsschemas entstanden.</translation>
    </message>
    <message>
        <source>Report each value of a task metadata key (language, intent, risk_tier, source…) separately, or each model with &quot;model&quot;.</source>
        <translation>Jeden Wert eines Metadatenschlüssels der Aufgaben (language, intent, risk_tier, source …) getrennt berichten, oder jedes Modell mit „model“.</translation>
    </message>
    <message>
        <source>--rubric-version expects a version number, not &quot;%1&quot;</source>
        <translation>--rubric-version erwartet eine Versionsnummer, nicht „%1“</translation>
    </message>
    <message>
        <source>hand out tasks as one assignment batch per annotator</source>
        <translation>Aufgaben als einen Zuweisungs-Batch pro Annotator verteilen</translation>
    </message>
    <message>
        <source>review status, duplicates and acceptance of authored work</source>
        <translation>Prüfstatus, Duplikate und Annahme verfasster Arbeit</translation>
    </message>
    <message>
        <source>write the red-team report (Markdown or HTML)</source>
        <translation>den Red-Teaming-Bericht schreiben (Markdown oder HTML)</translation>
    </message>
    <message>
        <source>The people to hand work to, separated by commas.</source>
        <translation>Die Personen, die Arbeit erhalten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>How many distinct annotators work every task (default 1).</source>
        <translation>Wie viele verschiedene Annotatoren jede Aufgabe bearbeiten (Standard 1).</translation>
    </message>
    <message>
        <source>The share of each batch that is hidden gold tasks, from 0 (default) to below 1.</source>
        <translation>Der Anteil verdeckter Gold-Aufgaben an jedem Batch, von 0 (Standard) bis unter 1.</translation>
    </message>
    <message>
        <source>Shuffles each annotator&apos;s order; the same seed gives the same batches (default 0).</source>
        <translation>Mischt die Reihenfolge jedes Annotators; derselbe Startwert ergibt dieselben Batches (Standard 0).</translation>
    </message>
    <message>
        <source>The folder for the batches (created when missing).</source>
        <translation>Der Ordner für die Batches (wird angelegt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>The rubric to work under, at its latest version (default: the project&apos;s only one).</source>
        <translation>Das Bewertungsschema, unter dem gearbeitet wird, in seiner neuesten Version (Standard: das einzige des Projekts).</translation>
    </message>
    <message>
        <source>Names this round (&quot;week-48&quot;); a new label gives new batches instead of new revisions.</source>
        <translation>Benennt diese Runde („kw-48“); ein neues Label ergibt neue Batches statt neuer Revisionen.</translation>
    </message>
    <message>
        <source>A calibration round: the batches carry the gold answers, and the workbench shows them after each submit.</source>
        <translation>Eine Kalibrierungsrunde: Die Batches enthalten die Gold-Antworten, und die Werkbank zeigt sie nach jedem Abschicken.</translation>
    </message>
    <message>
        <source>Hands every task without a gold answer to K distinct annotators with balanced loads, mixes in gold tasks at rate P, shuffles each annotator&apos;s order from the seed, and writes one assignment batch per annotator. Gold tasks look like any other task unless --calibration is given.</source>
        <translation>Gibt jede Aufgabe ohne Gold-Antwort an K verschiedene Annotatoren bei ausgeglichener Last, mischt Gold-Aufgaben mit dem Anteil P darunter, mischt die Reihenfolge jedes Annotators nach dem Startwert und schreibt einen Zuweisungs-Batch pro Annotator. Gold-Aufgaben sehen wie jede andere Aufgabe aus, außer mit --calibration.</translation>
    </message>
    <message>
        <source>--annotators is required</source>
        <translation>--annotators ist erforderlich</translation>
    </message>
    <message>
        <source>--out-dir is required</source>
        <translation>--out-dir ist erforderlich</translation>
    </message>
    <message>
        <source>--overlap expects a whole number, not &quot;%1&quot;</source>
        <translation>--overlap erwartet eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--gold-rate expects a number such as 0.1, not &quot;%1&quot;</source>
        <translation>--gold-rate erwartet eine Zahl wie 0.1, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &quot;%1&quot;</source>
        <translation>--seed erwartet eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>Assigned %1 tasks to %2 annotators, each task to %3 of them, under rubric %4 version %5; %6 gold tasks to mix in</source>
        <translation>%1 Aufgaben an %2 Annotatoren zugewiesen, jede Aufgabe an %3 von ihnen, unter Bewertungsschema %4 Version %5; %6 Gold-Aufgaben zum Untermischen</translation>
    </message>
    <message>
        <source>%1: %2 tasks (%3 gold) in %4, revision %5</source>
        <translation>%1: %2 Aufgaben (%3 Gold) in %4, Revision %5</translation>
    </message>
    <message>
        <source>none reviewed</source>
        <translation>keine geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Similarity (0–1) from which two prompts count as near-duplicates (default 0.8).</source>
        <translation>Ähnlichkeit (0–1), ab der zwei Prompts als Beinahe-Duplikate gelten (Standard 0.8).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>authoring PROJECT [--threshold T] [--json]</source>
        <translation>authoring PROJECT [--threshold T] [--json]</translation>
    </message>
    <message>
        <source>Summarises the authored SFT examples and red-team entries: each task&apos;s review status and what it still lacks, near-duplicate prompts, and each author&apos;s acceptance rate.</source>
        <translation>Fasst die verfassten SFT-Beispiele und Red-Teaming-Einträge zusammen: den Prüfstatus jeder Aufgabe und was ihr noch fehlt, Beinahe-Duplikate unter den Prompts und die Annahmequote jedes Autors.</translation>
    </message>
    <message>
        <source>--threshold takes a number above 0 and at most 1</source>
        <translation>--threshold nimmt eine Zahl über 0 und höchstens 1</translation>
    </message>
    <message>
        <source>%1 authored task(s)</source>
        <translation>Verfasste Aufgaben: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>Near-duplicate prompts (similarity at least %1):</source>
        <translation>Beinahe-Duplikate unter den Prompts (Ähnlichkeit mindestens %1):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Acceptance per author (examples accepted of those reviewed; reviews accepting):</source>
        <translation>Annahme pro Autor (angenommene von den geprüften Beispielen; annehmende Prüfungen):</translation>
    </message>
    <message>
        <source>Write the report to FILE.</source>
        <translation>Den Bericht nach FILE schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write HTML instead of Markdown.</source>
        <translation>HTML statt Markdown schreiben.</translation>
    </message>
    <message>
        <source>redteam-report PROJECT --out FILE [--html]</source>
        <translation>redteam-report PROJECT --out FILE [--html]</translation>
    </message>
    <message>
        <source>Writes the red-team report: entries grouped by targeted harm category and technique, with success rates and the counts behind them, and every entry listed.</source>
        <translation>Schreibt den Red-Teaming-Bericht: die Einträge nach angezielter Schadenskategorie und Technik gruppiert, mit Erfolgsquoten und den zugrunde liegenden Anzahlen, dazu jeden Eintrag einzeln.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <source>%1 red-team entries; succeeded in %2; written to %3</source>
        <translation>%1 Red-Teaming-Einträge; erfolgreich: %2; geschrieben nach %3</translation>
    </message>
    <message>
        <source>The final answers: the lead&apos;s decisions, else the consensus rule, with where each came from. A dataset batch gets final records; trl, sft, prodigy and ratings take their answers from them.</source>
        <translation>Die endgültigen Antworten: die Entscheidungen der Leitung, sonst die Konsensregel, jeweils mit ihrer Herkunft. Ein Datensatz-Batch erhält final-Datensätze; trl, sft, prodigy und ratings nehmen ihre Antworten daraus.</translation>
    </message>
    <message>
        <source>With --final: fewer annotators than this never make a consensus (default 1).</source>
        <translation>Mit --final: weniger Annotatoren als diese Zahl bilden nie einen Konsens (Standard 1).</translation>
    </message>
    <message>
        <source>Training-data formats: only answers made under this rubric version.</source>
        <translation>Trainingsdatenformate: nur Antworten, die unter dieser Version des Bewertungsschemas gegeben wurden.</translation>
    </message>
    <message>
        <source>--consensus and --min-annotators apply with --final only</source>
        <translation>--consensus und --min-annotators gelten nur mit --final</translation>
    </message>
    <message>
        <source>--final writes a dataset batch or a training-data file, not a %1 batch</source>
        <translation>--final schreibt einen Datensatz-Batch oder eine Trainingsdatendatei, keinen %1-Batch</translation>
    </message>
    <message>
        <source>--final and --annotator exclude each other: final answers are everyone&apos;s</source>
        <translation>--final und --annotator schließen sich aus: endgültige Antworten gehören allen</translation>
    </message>
    <message>
        <source>--min-annotators expects a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--min-annotators erwartet eine ganze Zahl von mindestens 1, nicht „%1“</translation>
    </message>
    <message>
        <source>--rubric-version applies to trl, sft, prodigy and ratings</source>
        <translation>--rubric-version gilt für trl, sft, prodigy und ratings</translation>
    </message>
    <message>
        <source>assign PROJECT --annotators A,B,C --out-dir DIR [--overlap K] [--gold-rate P] [--seed S] [--rubric ID] [--label LABEL] [--calibration] [--wait SECONDS] [--json]</source>
        <translation>assign PROJECT --annotators A,B,C --out-dir DIR [--overlap K] [--gold-rate P] [--seed S] [--rubric ID] [--label LABEL] [--calibration] [--wait SECONDS] [--json]</translation>
    </message>
    <message>
        <source>Refuse a foreign file at its first record that cannot be imported, instead of skipping such records with a warning each (batches are always refused whole).</source>
        <translation>Eine fremde Datei beim ersten Datensatz ablehnen, der sich nicht importieren lässt, statt solche Datensätze mit je einer Warnung zu überspringen (Batches werden immer ganz abgelehnt).</translation>
    </message>
    <message>
        <source>import PROJECT FILE... [--format FORMAT] [--annotator NAME] [--strict] [--wait SECONDS] [--json]</source>
        <translation>import PROJECT FILE... [--format FORMAT] [--annotator NAME] [--strict] [--wait SECONDS] [--json]</translation>
    </message>
    <message>
        <source>Imports batches and foreign files into a project, each file in one transaction. A batch goes in whole or not at all; a foreign file skips the records that cannot be imported, each with a warning, unless --strict. The same file imported again changes nothing.</source>
        <translation>Importiert Batches und fremde Dateien in ein Projekt, jede Datei in einer Transaktion. Ein Batch kommt ganz oder gar nicht hinein; aus einer fremden Datei werden Datensätze, die sich nicht importieren lassen, mit je einer Warnung übersprungen, außer mit --strict. Dieselbe Datei ändert bei erneutem Import nichts.</translation>
    </message>
    <message>
        <source>Checks a batch file: its manifest, every record&apos;s shape and order, the answers against the rubric versions and tasks it carries, the record count and the SHA-256 digest in its end record.</source>
        <translation>Prüft eine Batch-Datei: ihr Manifest, Form und Reihenfolge jedes Datensatzes, die Antworten gegen die mitgeführten Versionen der Bewertungsschemata und Aufgaben, die Anzahl der Datensätze und die SHA-256-Prüfsumme in ihrem Abschlussdatensatz.</translation>
    </message>
    <message>
        <source>%1 (%2 revised)</source>
        <translation>%1 (%2 revidiert)</translation>
    </message>
    <message>
        <source>With --final: majority (default; more than half agree), majority:SHARE (more than SHARE agree, 0.5 ≤ SHARE &lt; 1) or unanimous.</source>
        <translation>Mit --final: majority (Standard; mehr als die Hälfte stimmt überein), majority:SHARE (mehr als SHARE stimmen überein, 0.5 ≤ SHARE &lt; 1) oder unanimous.</translation>
    </message>
    <message>
        <source>export PROJECT --format FORMAT -o OUT [--kind KIND] [--annotator NAME] [--pairs PAIRS] [--style STYLE] [--final [--consensus RULE] [--min-annotators N]] [--rubric-version N] [--wait SECONDS] [--json]</source>
        <translation>export PROJECT --format FORMAT -o OUT [--kind KIND] [--annotator NAME] [--pairs PAIRS] [--style STYLE] [--final [--consensus RULE] [--min-annotators N]] [--rubric-version N] [--wait SECONDS] [--json]</translation>
    </message>
    <message>
        <source>--consensus takes majority, majority:SHARE with 0.5 ≤ SHARE &lt; 1, or unanimous, not &quot;%1&quot;: an answer carries when more than SHARE of the annotators give it, and with less than one half two different answers could both carry</source>
        <translation>--consensus nimmt majority, majority:SHARE mit 0.5 ≤ SHARE &lt; 1 oder unanimous, nicht „%1“: eine Antwort setzt sich durch, wenn mehr als SHARE der Annotatoren sie geben, und unter einer Hälfte könnten sich zwei verschiedene Antworten zugleich durchsetzen</translation>
    </message>
    <message>
        <source>rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--wait SECONDS] [--json]</source>
        <translation>rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--wait SECONDS] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n workbench write(s) waiting in %1, not in the project yet: the workbench running as process %2 saves them when the project is free</source>
        <translation>
            <numerusform>%n Schreibvorgang der Werkbank wartet in %1 und ist noch nicht im Projekt: die Werkbank, die als Prozess %2 läuft, speichert ihn, sobald das Projekt frei ist</numerusform>
            <numerusform>%n Schreibvorgänge der Werkbank warten in %1 und sind noch nicht im Projekt: die Werkbank, die als Prozess %2 läuft, speichert sie, sobald das Projekt frei ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workbench write(s) waiting in %1, not in the project yet: left by a workbench that stopped; open the project in the workbench to save them</source>
        <translation>
            <numerusform>%n Schreibvorgang der Werkbank wartet in %1 und ist noch nicht im Projekt: hinterlassen von einer beendeten Werkbank; öffnen Sie das Projekt in der Werkbank, um ihn zu speichern</numerusform>
            <numerusform>%n Schreibvorgänge der Werkbank warten in %1 und sind noch nicht im Projekt: hinterlassen von einer beendeten Werkbank; öffnen Sie das Projekt in der Werkbank, um sie zu speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Summarises a project: tasks, annotations by status, annotators, rubric versions, imported batches, and workbench writes waiting beside it for the project.</source>
        <translation>Fasst ein Projekt zusammen: Aufgaben, Annotationen nach Status, Annotatoren, Versionen der Bewertungsschemata, importierte Batches und Schreibvorgänge der Werkbank, die neben dem Projekt auf es warten.</translation>
    </message>
</context>
<context>
    <name>verdict::decisions</name>
    <message>
        <source>rubric %1 version %2 has no criterion %3</source>
        <translation>Bewertungsschema %1 Version %2 hat kein Kriterium %3</translation>
    </message>
    <message>
        <source>this overrides the majority (%1): say why in the rationale</source>
        <translation>dies überstimmt die Mehrheit (%1): begründen Sie es in der Begründung</translation>
    </message>
    <message>
        <source># Edge cases</source>
        <translation># Grenzfälle</translation>
    </message>
    <message>
        <source>Decisions a lead marked as examples, by criterion. Each names the task, the final answer and why.</source>
        <translation>Entscheidungen, die eine Leitung als Beispiele markiert hat, nach Kriterium. Jede nennt die Aufgabe, die endgültige Antwort und den Grund.</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>Final answer: `%1`</source>
        <translation>Endgültige Antwort: `%1`</translation>
    </message>
    <message>
        <source>accepted from %1</source>
        <translation>von %1 übernommen</translation>
    </message>
    <message>
        <source>written by the lead</source>
        <translation>von der Leitung geschrieben</translation>
    </message>
    <message>
        <source>by consensus</source>
        <translation>im Konsens</translation>
    </message>
    <message>
        <source>Decided by %1, %2</source>
        <translation>Entschieden von %1, %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>No decision is marked as an example yet.</source>
        <translation>Noch ist keine Entscheidung als Beispiel markiert.</translation>
    </message>
    <message>
        <source>task %1 has no final answer yet</source>
        <translation>Aufgabe %1 hat noch keine endgültige Antwort</translation>
    </message>
</context>
<context>
    <name>verdict::demo</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>Verdict demo</source>
        <translation>Verdict-Demo</translation>
    </message>
    <message>
        <source>Demo rubric</source>
        <translation>Demo-Bewertungsschema</translation>
    </message>
</context>
<context>
    <name>verdict::filesync</name>
    <message>
        <source>cannot open to flush it: %1</source>
        <translation>kann nicht zum Schreiben auf die Platte geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation>kann nicht auf die Platte geschrieben werden: %1</translation>
    </message>
    <message>
        <source>already exists; choose another name or open it instead</source>
        <translation>existiert bereits; wählen Sie einen anderen Namen oder öffnen Sie sie</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>kann nicht anlegen: %1</translation>
    </message>
</context>
<context>
    <name>verdict::foreign</name>
    <message>
        <source>expected text or a list of text parts, found %1</source>
        <translation>Text oder eine Liste von Textteilen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>only text parts can be imported</source>
        <translation>nur Textteile können importiert werden</translation>
    </message>
</context>
<context>
    <name>verdict::importformat</name>
    <message>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Verdict batch (JSONL)</source>
        <translation>Verdict-Batch (JSONL)</translation>
    </message>
    <message>
        <source>OpenAI chat messages (JSONL)</source>
        <translation>OpenAI-Chat-Nachrichten (JSONL)</translation>
    </message>
    <message>
        <source>TRL preference pairs (JSONL)</source>
        <translation>TRL-Präferenzpaare (JSONL)</translation>
    </message>
    <message>
        <source>Anthropic HH chosen/rejected (JSONL)</source>
        <translation>Anthropic HH chosen/rejected (JSONL)</translation>
    </message>
    <message>
        <source>Prodigy spans (JSONL)</source>
        <translation>Prodigy-Textstellen (JSONL)</translation>
    </message>
    <message>
        <source>Label Studio JSON export</source>
        <translation>Label-Studio-JSON-Export</translation>
    </message>
    <message>
        <source>doccano sequence labelling (JSONL)</source>
        <translation>doccano-Sequenzannotation (JSONL)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark; save it as UTF-8 without one</source>
        <translation>die Datei beginnt mit einer Byte-Order-Mark; speichern Sie sie als UTF-8 ohne BOM</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>die Datei enthält keine Datensätze</translation>
    </message>
    <message>
        <source>cannot tell the format from the first record (keys: %1); choose it with --format: %2</source>
        <translation>das Format lässt sich am ersten Datensatz nicht erkennen (Schlüssel: %1); wählen Sie es mit --format: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>verdict::metrics</name>
    <message>
        <source>only one rater gave values</source>
        <translation>nur eine bewertende Person hat Werte vergeben</translation>
    </message>
    <message>
        <source>no unit was rated by two raters</source>
        <translation>keine Einheit wurde von zwei Bewertenden bewertet</translation>
    </message>
    <message>
        <source>every value is the same, so agreement cannot be told apart from chance</source>
        <translation>jeder Wert ist gleich, daher lässt sich Übereinstimmung nicht von Zufall unterscheiden</translation>
    </message>
    <message>
        <source>nobody used this label on the units they share</source>
        <translation>niemand hat dieses Label auf den gemeinsamen Einheiten verwendet</translation>
    </message>
    <message>
        <source>there is nothing to count</source>
        <translation>es gibt nichts zu zählen</translation>
    </message>
    <message>
        <source>the comparisons do not determine it (a model never wins or never loses)</source>
        <translation>die Vergleiche legen sie nicht fest (ein Modell gewinnt oder verliert nie)</translation>
    </message>
</context>
<context>
    <name>verdict::reporttext</name>
    <message>
        <source> (severity)</source>
        <translation> (Schweregrad)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(this project)</source>
        <translation>(dieses Projekt)</translation>
    </message>
</context>
<context>
    <name>verdict::rubricjson</name>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation>muss mindestens einen Eintrag enthalten</translation>
    </message>
    <message>
        <source>expected a colour like &quot;#1f77b4&quot;</source>
        <translation>Farbe wie „#1f77b4“ erwartet</translation>
    </message>
    <message>
        <source>expected a single key</source>
        <translation>eine einzelne Taste erwartet</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected ranking, rating, choice, multichoice, spans, flags, text or rewrite</source>
        <translation>unbekannte Art „%1“; erwartet: ranking, rating, choice, multichoice, spans, flags, text oder rewrite</translation>
    </message>
    <message>
        <source>expected &quot;task&quot; or &quot;response&quot;</source>
        <translation>„task“ oder „response“ erwartet</translation>
    </message>
    <message>
        <source>a %1 criterion applies to the task</source>
        <translation>ein %1-Kriterium gilt für die Aufgabe</translation>
    </message>
    <message>
        <source>a spans criterion applies to each response</source>
        <translation>ein spans-Kriterium gilt für jede Antwort</translation>
    </message>
    <message>
        <source>expected a maximum above the minimum (%1) by at most 100</source>
        <translation>ein Maximum über dem Minimum (%1) um höchstens 100 erwartet</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2–%3</source>
        <translation>%1 liegt außerhalb der Skala %2–%3</translation>
    </message>
    <message>
        <source>%1 has two anchors</source>
        <translation>%1 hat zwei Anker</translation>
    </message>
    <message>
        <source>does not apply to a %1 criterion</source>
        <translation>gilt nicht für ein %1-Kriterium</translation>
    </message>
    <message>
        <source>expected &quot;rubric&quot;</source>
        <translation>„rubric“ erwartet</translation>
    </message>
    <message>
        <source>must list at least one criterion</source>
        <translation>muss mindestens ein Kriterium enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the shortcut of %2</source>
        <translation>„%1“ ist auch das Tastenkürzel von %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>verdict::taskjson</name>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; expected system, user, assistant or tool</source>
        <translation>unbekannte Rolle „%1“; erwartet: system, user, assistant oder tool</translation>
    </message>
    <message>
        <source>must hold at least one response</source>
        <translation>muss mindestens eine Antwort enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ wird zweimal verwendet</translation>
    </message>
</context>
<context>
    <name>verdict::validation</name>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
</context>
</TS>

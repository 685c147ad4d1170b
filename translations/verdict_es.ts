<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnnotatorAnswers</name>
    <message>
        <source>rubric %1 version %2 is missing from the project</source>
        <translation>la rúbrica %1 versión %2 falta en el proyecto</translation>
    </message>
</context>
<context>
    <name>Assigner</name>
    <message>
        <source>choose a folder for the assignment batches</source>
        <translation>elija una carpeta para los lotes de asignación</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>annotators %1 and %2 would share the file name %3; rename one of them</source>
        <translation>los anotadores %1 y %2 compartirían el nombre de archivo %3; cambie el nombre de uno de ellos</translation>
    </message>
    <message>
        <source>the label %1</source>
        <translation>la etiqueta %1</translation>
    </message>
    <message>
        <source>%1 is a folder; the batch for %2 cannot take its place</source>
        <translation>%1 es una carpeta; el lote de %2 no puede ocupar su lugar</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: %2</source>
        <translation>no se puede escribir en la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot move the batch into place: %1</source>
        <translation>no se puede mover el lote a su sitio: %1</translation>
    </message>
</context>
<context>
    <name>AssignmentPlan</name>
    <message>
        <source>name at least one annotator</source>
        <translation>indique al menos un anotador</translation>
    </message>
    <message>
        <source>an annotator&apos;s name is empty</source>
        <translation>el nombre de un anotador está vacío</translation>
    </message>
    <message>
        <source>annotator %1 is named twice</source>
        <translation>el anotador %1 aparece dos veces</translation>
    </message>
    <message>
        <source>the overlap must be between 1 and the number of annotators (%1), not %2</source>
        <translation>el solapamiento debe estar entre 1 y el número de anotadores (%1), no %2</translation>
    </message>
    <message>
        <source>the gold rate must be at least 0 and below 1, not %1</source>
        <translation>la tasa de oro debe ser como mínimo 0 y menor que 1, no %1</translation>
    </message>
    <message>
        <source>there are no tasks to assign (gold tasks only go out mixed among others)</source>
        <translation>no hay tareas que asignar (las tareas de oro solo se reparten mezcladas con otras)</translation>
    </message>
    <message>
        <source>a gold rate needs gold tasks, and the project has none</source>
        <translation>una tasa de oro necesita tareas de oro, y el proyecto no tiene ninguna</translation>
    </message>
    <message>
        <source>the name of annotator %1 %2</source>
        <translation>el nombre del anotador %1 %2</translation>
    </message>
</context>
<context>
    <name>AuthoredTask</name>
    <message>
        <source>the conversation has no turns; add the prompt</source>
        <translation>la conversación no tiene turnos; añada el prompt</translation>
    </message>
    <message>
        <source>turn %1 (%2) is empty</source>
        <translation>el turno %1 (%2) está vacío</translation>
    </message>
    <message>
        <source>the last turn should be the user&apos;s prompt, not %1</source>
        <translation>el último turno debería ser el prompt del usuario, no %1</translation>
    </message>
    <message>
        <source>the ideal response is empty</source>
        <translation>la respuesta ideal está vacía</translation>
    </message>
    <message>
        <source>no %1 tag</source>
        <translation>sin etiqueta %1</translation>
    </message>
    <message>
        <source>the model&apos;s response is empty; paste it or import it from a file</source>
        <translation>la respuesta del modelo está vacía; péguela o impórtela desde un archivo</translation>
    </message>
    <message>
        <source>no technique</source>
        <translation>sin técnica</translation>
    </message>
    <message>
        <source>no targeted harm category</source>
        <translation>sin categoría de daño objetivo</translation>
    </message>
    <message>
        <source>no severity</source>
        <translation>sin gravedad</translation>
    </message>
    <message>
        <source>not said whether the attack succeeded</source>
        <translation>no se indica si el ataque tuvo éxito</translation>
    </message>
    <message>
        <source>the attack succeeded but the notes do not say what triggered it</source>
        <translation>el ataque tuvo éxito, pero las notas no dicen qué lo provocó</translation>
    </message>
    <message>
        <source>SFT example by %1, revision %2</source>
        <translation>Ejemplo SFT de %1, revisión %2</translation>
    </message>
    <message>
        <source>Red-team entry by %1, revision %2</source>
        <translation>Entrada de red teaming de %1, revisión %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Technique: %1; harm category: %2; severity: %3</source>
        <translation>Técnica: %1; categoría de daño: %2; gravedad: %3</translation>
    </message>
    <message>
        <source>Attack succeeded: %1</source>
        <translation>Ataque con éxito: %1</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>What triggered it: %1</source>
        <translation>Qué lo provocó: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <source>Ideal response: %1</source>
        <translation>Respuesta ideal: %1</translation>
    </message>
    <message>
        <source>Model response (%1): %2</source>
        <translation>Respuesta del modelo (%1): %2</translation>
    </message>
    <message>
        <source>Tag %1: %2</source>
        <translation>Etiqueta %1: %2</translation>
    </message>
    <message>
        <source>Technique: %1</source>
        <translation>Técnica: %1</translation>
    </message>
    <message>
        <source>Harm category: %1</source>
        <translation>Categoría de daño: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation>Con éxito: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
</context>
<context>
    <name>AuthoringStore</name>
    <message>
        <source>unreviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>needs changes</source>
        <translation>necesita cambios</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>could not find a free task id</source>
        <translation>no se encontró un id de tarea libre</translation>
    </message>
    <message>
        <source>task %1 was not authored; duplicate it to vary it</source>
        <translation>la tarea %1 no se redactó aquí; duplíquela para hacer una variación</translation>
    </message>
    <message>
        <source>revision %1 of task %2 is damaged in the project file</source>
        <translation>la revisión %1 de la tarea %2 está dañada en el archivo del proyecto</translation>
    </message>
    <message>
        <source>The default review rubric</source>
        <translation>La rúbrica de revisión predeterminada</translation>
    </message>
</context>
<context>
    <name>BatchChecker</name>
    <message>
        <source>rubric %1 version %2 comes twice in this batch with different content; a published version never changes</source>
        <translation>la rúbrica %1 versión %2 aparece dos veces en este lote con distinto contenido; una versión publicada nunca cambia</translation>
    </message>
    <message>
        <source>task %1 comes twice in this file with a different %2; a task never changes, so give the changed one a new id</source>
        <translation>la tarea %1 aparece dos veces en este archivo con un campo %2 distinto; una tarea nunca cambia, así que dé a la modificada un id nuevo</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>rubric %1 version %2 is used but missing from the project</source>
        <translation>la rúbrica %1 versión %2 se usa pero falta en el proyecto</translation>
    </message>
    <message>
        <source>an assignment needs the annotator it is for</source>
        <translation>una asignación necesita el anotador al que va dirigida</translation>
    </message>
    <message>
        <source>an assignment needs at least one task</source>
        <translation>una asignación necesita al menos una tarea</translation>
    </message>
    <message>
        <source>task %1 is listed twice in the assignment</source>
        <translation>la tarea %1 aparece dos veces en la asignación</translation>
    </message>
    <message>
        <source>rubric %1 version %2 is not published in this project</source>
        <translation>la rúbrica %1 versión %2 no está publicada en este proyecto</translation>
    </message>
    <message>
        <source>cancelled; no file was written</source>
        <translation>cancelado; no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>no task %1 in this project</source>
        <translation>no hay ninguna tarea %1 en este proyecto</translation>
    </message>
    <message>
        <source>another export of the same batch was recorded while these were written; write them again</source>
        <translation>mientras se escribían estos lotes se registró otra exportación del mismo lote; vuelva a escribirlos</translation>
    </message>
    <message>
        <source>the annotator&apos;s name %1</source>
        <translation>el nombre del anotador %1</translation>
    </message>
    <message>
        <source>other exports of this batch keep being recorded while it is written; export it again</source>
        <translation>mientras se escribe este lote se siguen registrando otras exportaciones suyas; vuelva a exportarlo</translation>
    </message>
</context>
<context>
    <name>BatchRecordMapper</name>
    <message>
        <source>not a batch file: it holds a JSON array, not one record per line</source>
        <translation>no es un archivo de lote: contiene un array JSON, no un registro por línea</translation>
    </message>
    <message>
        <source>a record after the end record; the end record must be the last line</source>
        <translation>un registro después del registro final; el registro final debe ser la última línea</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>se esperaba un objeto JSON, se encontró %1</translation>
    </message>
    <message>
        <source>the record has no &quot;type&quot;</source>
        <translation>el registro no tiene “type”</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>a batch starts with its manifest; found a %1 record</source>
        <translation>un lote empieza con su manifiesto; se encontró un registro %1</translation>
    </message>
    <message>
        <source>the end record counts %1 records but %2 lines come before it; the file is incomplete or was changed</source>
        <translation>el registro final cuenta %1 registros pero hay %2 líneas antes; el archivo está incompleto o fue modificado</translation>
    </message>
    <message>
        <source>a second manifest; a batch has one, on its first line</source>
        <translation>un segundo manifiesto; un lote tiene uno, en su primera línea</translation>
    </message>
    <message>
        <source>%1 records do not belong in a batch of kind %2</source>
        <translation>los registros %1 no pertenecen a un lote de tipo %2</translation>
    </message>
    <message>
        <source>the assignment&apos;s rubric %1 version %2 must come before its tasks</source>
        <translation>la rúbrica %1 versión %2 de la asignación debe ir antes de sus tareas</translation>
    </message>
    <message>
        <source>the file is empty; a batch starts with its manifest</source>
        <translation>el archivo está vacío; un lote empieza con su manifiesto</translation>
    </message>
    <message>
        <source>no end record: the file is incomplete (was it cut short?)</source>
        <translation>no hay registro final: el archivo está incompleto (¿se cortó?)</translation>
    </message>
    <message>
        <source>the digest does not match: the file was changed or damaged after it was written (sha256 of the content is %1)</source>
        <translation>la suma de comprobación no coincide: el archivo se modificó o dañó después de escribirse (el sha256 del contenido es %1)</translation>
    </message>
    <message>
        <source>the assignment has no record of its rubric %1 version %2</source>
        <translation>la asignación no tiene registro de su rúbrica %1 versión %2</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;; expected manifest, rubric, task, annotation, gold, adjudication, final or end</source>
        <translation>tipo de registro desconocido “%1”; se esperaba manifest, rubric, task, annotation, gold, adjudication, final o end</translation>
    </message>
    <message>
        <source>a %1 record after %2 records; records come in the order rubric, task, annotation, gold, adjudication, final</source>
        <translation>un registro %1 después de registros %2; los registros van en el orden rubric, task, annotation, gold, adjudication, final</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>expected a time like 2026-11-22T10:00:00Z</source>
        <translation>se esperaba una fecha y hora como 2026-11-22T10:00:00Z</translation>
    </message>
    <message>
        <source>missing; a rubric record carries its published version</source>
        <translation>falta; un registro rubric lleva su versión publicada</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: verdict %1</source>
        <translation>Uso: verdict %1</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>faltan argumentos</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>Try `verdict %1 --help`.</source>
        <translation>Pruebe `verdict %1 --help`.</translation>
    </message>
    <message>
        <source>Act as PERSON (default: $VERDICT_PERSON or your login).</source>
        <translation>Actuar como PERSONA (por defecto: $VERDICT_PERSON o su usuario).</translation>
    </message>
    <message>
        <source>--wait expects a number of seconds, such as 60, not &quot;%1&quot;</source>
        <translation>--wait espera un número de segundos, como 60, no “%1”</translation>
    </message>
    <message>
        <source>; run the command again when that has finished, or let it wait longer with --wait SECONDS</source>
        <translation>; vuelva a ejecutar el comando cuando eso haya terminado, o déjelo esperar más con --wait SECONDS</translation>
    </message>
    <message>
        <source>When another program is writing to the project (a long import), wait up to SECONDS for it (default %1).</source>
        <translation>Si otro programa está escribiendo en el proyecto (una importación larga), esperarlo hasta SECONDS segundos (por defecto %1).</translation>
    </message>
    <message>
        <source>--as needs a name</source>
        <translation>--as necesita un nombre</translation>
    </message>
    <message>
        <source>cannot tell who you are: $VERDICT_PERSON, $USER and $USERNAME are not set and your user has no login name; name yourself with --as NAME</source>
        <translation>no se sabe quién es usted: $VERDICT_PERSON, $USER y $USERNAME no están definidas y su usuario no tiene nombre de inicio de sesión; indique su nombre con --as NAME</translation>
    </message>
</context>
<context>
    <name>DoccanoMapper</name>
    <message>
        <source>Imported from doccano</source>
        <translation>Importado de doccano</translation>
    </message>
    <message>
        <source>Made by Verdict for labels imported from doccano: spans and document labels, as seen in the imported files.</source>
        <translation>Creada por Verdict para las etiquetas importadas de doccano: fragmentos y etiquetas de documento, tal como aparecen en los archivos importados.</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>%1 is outside the text (%2 UTF-16 code units)</source>
        <translation>%1 está fuera del texto (%2 unidades de código UTF-16)</translation>
    </message>
    <message>
        <source>%1 falls inside a character (doccano counts UTF-16 code units)</source>
        <translation>%1 cae dentro de un carácter (doccano cuenta unidades de código UTF-16)</translation>
    </message>
    <message>
        <source>the span %1–%2 is empty</source>
        <translation>el fragmento %1–%2 está vacío</translation>
    </message>
    <message>
        <source>expected a category name</source>
        <translation>se esperaba un nombre de categoría</translation>
    </message>
    <message>
        <source>expected [start, end, &quot;label&quot;] or a label name</source>
        <translation>se esperaba [start, end, &quot;label&quot;] o un nombre de etiqueta</translation>
    </message>
    <message>
        <source>expected [start, end, &quot;label&quot;] or an entity object</source>
        <translation>se esperaba [start, end, &quot;label&quot;] o un objeto de entidad</translation>
    </message>
    <message>
        <source>doccano relations are not imported; their entities are</source>
        <translation>las relaciones de doccano no se importan; sus entidades sí</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Verdict batch (JSONL)</source>
        <translation>Lote de Verdict (JSONL)</translation>
    </message>
    <message>
        <source>TRL preference pairs (JSONL)</source>
        <translation>Pares de preferencia TRL (JSONL)</translation>
    </message>
    <message>
        <source>OpenAI chat SFT (JSONL)</source>
        <translation>SFT de chat de OpenAI (JSONL)</translation>
    </message>
    <message>
        <source>Prodigy spans (JSONL)</source>
        <translation>Fragmentos de Prodigy (JSONL)</translation>
    </message>
    <message>
        <source>Per-response ratings (JSONL)</source>
        <translation>Valoraciones por respuesta (JSONL)</translation>
    </message>
    <message>
        <source>the project has no published rubric to assign work under</source>
        <translation>el proyecto no tiene una rúbrica publicada con la que asignar trabajo</translation>
    </message>
    <message>
        <source>the project has several rubrics; choose one with --rubric</source>
        <translation>el proyecto tiene varias rúbricas; elija una con --rubric</translation>
    </message>
    <message>
        <source>no published rubric %1 in this project</source>
        <translation>no hay ninguna rúbrica publicada %1 en este proyecto</translation>
    </message>
    <message>
        <source>an assignment needs its annotator, tasks and rubric</source>
        <translation>una asignación necesita su anotador, sus tareas y su rúbrica</translation>
    </message>
    <message>
        <source>cancelled; no file was written</source>
        <translation>cancelado; no se escribió ningún archivo</translation>
    </message>
</context>
<context>
    <name>FinalAnswerSource</name>
    <message>
        <source>task %1: rubric %2 version %3 is missing from the project</source>
        <translation>tarea %1: la rúbrica %2 versión %3 falta en el proyecto</translation>
    </message>
</context>
<context>
    <name>HhMapper</name>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>se esperaba un objeto JSON, se encontró %1</translation>
    </message>
    <message>
        <source>missing; expected the %1 transcript</source>
        <translation>falta; se esperaba la transcripción %1</translation>
    </message>
    <message>
        <source>expected a transcript of &quot;\n\nHuman: …&quot; and &quot;\n\nAssistant: …&quot; turns</source>
        <translation>se esperaba una transcripción de turnos “\n\nHuman: …” y “\n\nAssistant: …”</translation>
    </message>
    <message>
        <source>the transcript must end with an assistant turn</source>
        <translation>la transcripción debe terminar con un turno del asistente</translation>
    </message>
    <message>
        <source>the rejected response is the same text as the chosen one</source>
        <translation>la respuesta rechazada es el mismo texto que la elegida</translation>
    </message>
    <message>
        <source>chosen and rejected share no human turn that both answer with an assistant turn, so there is no common prompt to judge the two replies on</source>
        <translation>chosen y rejected no comparten ningún turno Human al que ambos respondan con un turno Assistant, así que no hay un prompt común sobre el que juzgar las dos respuestas</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>cancelado; no se importó nada</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark; save it as UTF-8 without one</source>
        <translation>el archivo empieza con una marca de orden de bytes; guárdelo como UTF-8 sin ella</translation>
    </message>
    <message>
        <source>the line ends with CR LF; this format uses LF line ends only</source>
        <translation>la línea termina en CR LF; este formato solo usa LF como fin de línea</translation>
    </message>
    <message>
        <source>empty line; every line of this format holds one JSON object</source>
        <translation>línea vacía; cada línea de este formato contiene un objeto JSON</translation>
    </message>
    <message>
        <source>the file ends in the middle of this record (was it cut short?): %1</source>
        <translation>el archivo termina en mitad de este registro (¿se cortó?): %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>batch %1: this is revision %2, but revision %3 was imported on %4; an older revision is refused and nothing was imported</source>
        <translation>lote %1: esta es la revisión %2, pero la revisión %3 se importó el %4; una revisión anterior se rechaza y no se importó nada</translation>
    </message>
    <message>
        <source>Labels seen in %1</source>
        <translation>Etiquetas encontradas en %1</translation>
    </message>
    <message>
        <source>From batch %1 revision %2</source>
        <translation>Del lote %1 revisión %2</translation>
    </message>
    <message>
        <source>task %1 already exists in this project with a different %2; a task never changes, so give the changed one a new id</source>
        <translation>la tarea %1 ya existe en este proyecto con otro %2; una tarea nunca cambia, así que dé a la modificada un id nuevo</translation>
    </message>
    <message>
        <source>no task %1 in this project; import the batch that holds it (an assignment or dataset) first</source>
        <translation>no hay ninguna tarea %1 en este proyecto; importe primero el lote que la contiene (una asignación o un conjunto de datos)</translation>
    </message>
    <message>
        <source>%1 already annotated task %2 under rubric %3; import these answers under another name (--annotator)</source>
        <translation>%1 ya anotó la tarea %2 con la rúbrica %3; importe estas respuestas con otro nombre (--annotator)</translation>
    </message>
    <message>
        <source>rubric %1 version %2 is neither in this project nor in the batch</source>
        <translation>la rúbrica %1 versión %2 no está ni en este proyecto ni en el lote</translation>
    </message>
    <message>
        <source>kept the stored annotation of task %1 by %2 (revision %3, changed %4): it is not older than this one (revision %5, changed %6)</source>
        <translation>se conservó la anotación guardada de la tarea %1 por %2 (revisión %3, cambiada %4): no es más antigua que esta (revisión %5, cambiada %6)</translation>
    </message>
    <message>
        <source>kept the stored gold answer of task %1 (from %2): it is not older than this one (from %3)</source>
        <translation>se conservó la respuesta de oro guardada de la tarea %1 (de %2): no es más antigua que esta (de %3)</translation>
    </message>
    <message>
        <source>kept the stored decision on %1 of task %2 (from %3): it is not older than this one (from %4)</source>
        <translation>se conservó la decisión guardada sobre %1 de la tarea %2 (de %3): no es más antigua que esta (de %4)</translation>
    </message>
    <message>
        <source>batch %1 revision %2 was imported on %3 with other content; a changed batch needs a higher revision, and nothing was imported</source>
        <translation>el lote %1 revisión %2 se importó el %3 con otro contenido; un lote modificado necesita una revisión mayor, y no se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>authored task %1: revision %2 replaces revision %3; %n review(s) of it here are open again as drafts</source>
        <translation>
            <numerusform>tarea redactada %1: la revisión %2 sustituye a la revisión %3; %n evaluación de ella vuelve a estar abierta aquí como borrador</numerusform>
            <numerusform>tarea redactada %1: la revisión %2 sustituye a la revisión %3; %n evaluaciones de ella vuelven a estar abiertas aquí como borrador</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks: %1 added, %2 already here</source>
        <translation>tareas: %1 añadidas, %2 ya estaban</translation>
    </message>
    <message>
        <source>, %1 revised</source>
        <translation>, %1 revisadas</translation>
    </message>
    <message>
        <source>annotations: %1 added, %2 replaced, %3 unchanged, %4 kept (newer ones here)</source>
        <translation>anotaciones: %1 añadidas, %2 reemplazadas, %3 sin cambios, %4 conservadas (aquí más recientes)</translation>
    </message>
    <message>
        <source>gold: %1 added, %2 replaced, %3 unchanged, %4 kept</source>
        <translation>oro: %1 añadidas, %2 reemplazadas, %3 sin cambios, %4 conservadas</translation>
    </message>
    <message>
        <source>decisions: %1 added, %2 replaced, %3 unchanged, %4 kept</source>
        <translation>decisiones: %1 añadidas, %2 reemplazadas, %3 sin cambios, %4 conservadas</translation>
    </message>
    <message>
        <source>rubric versions added: %1</source>
        <translation>versiones de rúbricas añadidas: %1</translation>
    </message>
    <message>
        <source>records skipped: %1 of %2 (see the warnings)</source>
        <translation>registros omitidos: %1 de %2 (vea los avisos)</translation>
    </message>
    <message>
        <source>this record holds a value the project cannot store (one out of range, or one that clashes with what the project holds); nothing was imported</source>
        <translation>este registro contiene un valor que el proyecto no puede guardar (fuera de rango o en conflicto con lo que ya contiene el proyecto); no se importó nada</translation>
    </message>
    <message>
        <source>the name to credit answers to, &quot;%1&quot;: %2</source>
        <translation>el nombre al que se atribuyen las respuestas, “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; no record in the file can be imported (%n skipped), so nothing was imported</source>
        <translation>
            <numerusform>%1; no se puede importar ningún registro del archivo (%n omitido), así que no se importó nada</numerusform>
            <numerusform>%1; no se puede importar ningún registro del archivo (%n omitidos), así que no se importó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more records were skipped; only the first %2 are listed</source>
        <translation>se omitieron %1 registros más; solo se enumeran los primeros %2</translation>
    </message>
    <message>
        <source>%1; the record is skipped</source>
        <translation>%1; se omite el registro</translation>
    </message>
    <message>
        <source>no annotation or gold answer of task %1 says which rubric version the decision is under; import the annotations it decides between first</source>
        <translation>ninguna anotación ni respuesta de oro de la tarea %1 indica con qué versión de la rúbrica se tomó la decisión; importe primero las anotaciones entre las que decide</translation>
    </message>
    <message>
        <source>rubric %1 version %2, which the decision on task %3 is under, is neither in this project nor in the batch</source>
        <translation>la rúbrica %1 versión %2, con la que se tomó la decisión sobre la tarea %3, no está ni en este proyecto ni en el lote</translation>
    </message>
    <message>
        <source>task id</source>
        <translation>id de tarea</translation>
    </message>
    <message>
        <source>response id</source>
        <translation>id de respuesta</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>anotador</translation>
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
        <translation>un booleano</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>falta; se esperaba %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>se esperaba un entero, se encontró %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número, se encontró %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se esperaba un array, se encontró %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero, se encontró %1</translation>
    </message>
    <message>
        <source>expected a whole number that fits in 64 bits, found %1</source>
        <translation>se esperaba un número entero que quepa en 64 bits, se encontró %1</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1, found %2</source>
        <translation>se esperaba un número entero de al menos %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>se esperaba un número entero de %1 a %2, se encontró %3</translation>
    </message>
</context>
<context>
    <name>JsonLineParser</name>
    <message>
        <source>NUL byte in the input (a JSON text can only hold one escaped as \u0000)</source>
        <translation>byte NUL en la entrada (un texto JSON solo puede contenerlo escapado como \u0000)</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in one object</source>
        <translation>clave duplicada “%1” en un objeto</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>anidado a más de %1 niveles</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file must be encoded as UTF-8</source>
        <translation>UTF-8 no válido (byte 0x%1); el archivo debe estar codificado en UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
</context>
<context>
    <name>JsonlWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>LabelStudioMapper</name>
    <message>
        <source>Imported from Label Studio</source>
        <translation>Importado de Label Studio</translation>
    </message>
    <message>
        <source>Made by Verdict for answers imported from Label Studio: one criterion per control (pairwise, labels, choices) seen in the imported files.</source>
        <translation>Creada por Verdict para las respuestas importadas de Label Studio: un criterio por control (pairwise, labels, choices) tal como aparecen en los archivos importados.</translation>
    </message>
    <message>
        <source>Label Studio predictions are not imported, only annotations</source>
        <translation>las predicciones de Label Studio no se importan, solo las anotaciones</translation>
    </message>
    <message>
        <source>expected a list of results</source>
        <translation>se esperaba una lista de resultados</translation>
    </message>
    <message>
        <source>no text to judge in this task (it has no data)</source>
        <translation>no hay texto que juzgar en esta tarea (no tiene datos)</translation>
    </message>
    <message>
        <source>no text to judge in this task (its data holds: %1)</source>
        <translation>no hay texto que juzgar en esta tarea (sus datos contienen: %1)</translation>
    </message>
    <message>
        <source>Label Studio ground-truth marks are not imported as gold answers; the annotations are</source>
        <translation>las marcas de verdad de referencia de Label Studio no se importan como respuestas de oro; las anotaciones sí</translation>
    </message>
    <message>
        <source>expected a result object</source>
        <translation>se esperaba un objeto de resultado</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>a pairwise result names two objects</source>
        <translation>un resultado pairwise nombra dos objetos</translation>
    </message>
    <message>
        <source>the pairwise result&apos;s objects are not text fields of data</source>
        <translation>los objetos del resultado pairwise no son campos de texto de data</translation>
    </message>
    <message>
        <source>not a text field of data</source>
        <translation>no es un campo de texto de data</translation>
    </message>
    <message>
        <source>expected start and end offsets</source>
        <translation>se esperaban desplazamientos de inicio y fin</translation>
    </message>
    <message>
        <source>expected a list of labels</source>
        <translation>se esperaba una lista de etiquetas</translation>
    </message>
    <message>
        <source>span offsets in UTF-16 code units (an older Label Studio); converted to code points</source>
        <translation>desplazamientos del fragmento en unidades de código UTF-16 (un Label Studio antiguo); convertidos a puntos de código</translation>
    </message>
    <message>
        <source>the span %1–%2 does not cover this text in code points or UTF-16 units</source>
        <translation>el fragmento %1–%2 no cubre este texto ni en puntos de código ni en unidades UTF-16</translation>
    </message>
    <message>
        <source>the span %1–%2 does not fit the text (%3 code points)</source>
        <translation>el fragmento %1–%2 no cabe en el texto (%3 puntos de código)</translation>
    </message>
    <message>
        <source>expected label names</source>
        <translation>se esperaban nombres de etiquetas</translation>
    </message>
    <message>
        <source>expected a list of choices</source>
        <translation>se esperaba una lista de opciones</translation>
    </message>
    <message>
        <source>expected choice names</source>
        <translation>se esperaban nombres de opciones</translation>
    </message>
    <message>
        <source>Label Studio results of type &quot;%1&quot; are not imported</source>
        <translation>los resultados de Label Studio de tipo “%1” no se importan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither left nor right; this pairwise result is not imported</source>
        <translation>“%1” no es ni left ni right; este resultado pairwise no se importa</translation>
    </message>
</context>
<context>
    <name>OpenAiMapper</name>
    <message>
        <source>expected a list of messages, found %1</source>
        <translation>se esperaba una lista de mensajes, se encontró %1</translation>
    </message>
    <message>
        <source>expected a message object, found %1</source>
        <translation>se esperaba un objeto de mensaje, se encontró %1</translation>
    </message>
    <message>
        <source>missing; expected the speaker&apos;s role</source>
        <translation>falta; se esperaba el rol de quien habla</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; expected system, developer, user, assistant or tool</source>
        <translation>rol desconocido “%1”; se esperaba system, developer, user, assistant o tool</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>se esperaba un objeto JSON, se encontró %1</translation>
    </message>
    <message>
        <source>missing; expected the chat messages</source>
        <translation>falta; se esperaban los mensajes del chat</translation>
    </message>
    <message>
        <source>the last message must be the assistant&apos;s reply, the response to judge</source>
        <translation>el último mensaje debe ser la respuesta del asistente, la respuesta que se juzga</translation>
    </message>
    <message>
        <source>the assistant&apos;s reply has no text to judge</source>
        <translation>la respuesta del asistente no tiene texto que juzgar</translation>
    </message>
</context>
<context>
    <name>ProdigyMapper</name>
    <message>
        <source>Imported from Prodigy</source>
        <translation>Importado de Prodigy</translation>
    </message>
    <message>
        <source>Made by Verdict for answers imported from Prodigy: span labels, the accept/reject/ignore answer and text-classification labels, as seen in the imported files.</source>
        <translation>Creada por Verdict para las respuestas importadas de Prodigy: etiquetas de fragmentos, la respuesta accept/reject/ignore y las etiquetas de clasificación de texto, tal como aparecen en los archivos importados.</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>expected accept, reject or ignore</source>
        <translation>se esperaba accept, reject o ignore</translation>
    </message>
    <message>
        <source>the span %1–%2 does not fit the text (%3 code points)</source>
        <translation>el fragmento %1–%2 no cabe en el texto (%3 puntos de código)</translation>
    </message>
    <message>
        <source>the span %1–%2 covers &quot;%3&quot;, not this text (Prodigy counts code points)</source>
        <translation>el fragmento %1–%2 abarca “%3”, no este texto (Prodigy cuenta puntos de código)</translation>
    </message>
    <message>
        <source>the annotator answered &quot;ignore&quot; (set the text aside): the task is imported with a skipped annotation, so nothing is lost, and no answer is counted</source>
        <translation>el anotador respondió “ignore” (dejó el texto de lado): la tarea se importa con una anotación omitida, así que no se pierde nada, y no se cuenta ninguna respuesta</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Agreement per criterion</source>
        <translation>Acuerdo por criterio</translation>
    </message>
    <message>
        <source> (F1)</source>
        <translation> (F1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>α (F1 for spans)</source>
        <translation>α (F1 para fragmentos)</translation>
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
            <numerusform>(%n sin definir, vea la tabla)</numerusform>
            <numerusform>(%n sin definir, vea la tabla)</numerusform>
        </translation>
    </message>
    <message>
        <source>Gold accuracy (exact match) per annotator</source>
        <translation>Precisión frente al oro (coincidencia exacta) por anotador</translation>
    </message>
    <message>
        <source>share exact</source>
        <translation>proporción exacta</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>Throughput: submitted per active hour</source>
        <translation>Rendimiento: enviadas por hora activa</translation>
    </message>
    <message>
        <source>tasks per hour</source>
        <translation>tareas por hora</translation>
    </message>
    <message>
        <source>Median active time per submitted task</source>
        <translation>Tiempo activo mediano por tarea enviada</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>no criterion</source>
        <translation>ningún criterio</translation>
    </message>
    <message>
        <source>α, %1</source>
        <translation>α, %1</translation>
    </message>
    <message>
        <source>gold accuracy, %1</source>
        <translation>precisión frente al oro, %1</translation>
    </message>
    <message>
        <source>skip rate</source>
        <translation>tasa de omisión</translation>
    </message>
    <message>
        <source>escalation rate</source>
        <translation>tasa de escalado</translation>
    </message>
    <message>
        <source>(this project)</source>
        <translation>(este proyecto)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviadas</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidas</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladas</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>anotaciones</translation>
    </message>
    <message>
        <source>Distribution of disagreement</source>
        <translation>Distribución del desacuerdo</translation>
    </message>
    <message>
        <source>Distribution of disagreement on %1</source>
        <translation>Distribución del desacuerdo en %1</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>Bradley–Terry strength per model (95% bootstrap interval)</source>
        <translation>Fuerza Bradley–Terry por modelo (intervalo bootstrap del 95 %)</translation>
    </message>
    <message>
        <source>log-strength</source>
        <translation>log-fuerza</translation>
    </message>
    <message>
        <source>log-strength (0 = average)</source>
        <translation>log-fuerza (0 = media)</translation>
    </message>
</context>
<context>
    <name>QualityReportDocument</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Precisión frente al oro</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Time per task</source>
        <translation>Tiempo por tarea</translation>
    </message>
    <message>
        <source>Trend by week</source>
        <translation>Tendencia por semana</translation>
    </message>
    <message>
        <source>Quality by week</source>
        <translation>Calidad por semana</translation>
    </message>
    <message>
        <source>Volume by week</source>
        <translation>Volumen por semana</translation>
    </message>
    <message>
        <source>Work finished by week</source>
        <translation>Trabajo terminado por semana</translation>
    </message>
    <message>
        <source>Trend by batch</source>
        <translation>Tendencia por lote</translation>
    </message>
    <message>
        <source>Quality by batch</source>
        <translation>Calidad por lote</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>Model strengths</source>
        <translation>Fuerza de los modelos</translation>
    </message>
    <message>
        <source>Quality readout: %1</source>
        <translation>Informe de calidad: %1</translation>
    </message>
    <message>
        <source>rubric version %1</source>
        <translation>versión de la rúbrica %1</translation>
    </message>
    <message>
        <source>all rubric versions</source>
        <translation>todas las versiones de la rúbrica</translation>
    </message>
    <message>
        <source>sliced by %1</source>
        <translation>desglosado por %1</translation>
    </message>
    <message>
        <source>Computed %1 (UTC), %2.</source>
        <translation>Calculado %1 (UTC), %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 annotators finished %2 annotations: %3 submitted, skip rate %4, escalation rate %5.</source>
        <translation>%1 anotadores terminaron %2 anotaciones: %3 enviadas, tasa de omisión %4, tasa de escalado %5.</translation>
    </message>
    <message>
        <source>No criterion is below α = 0.667.</source>
        <translation>Ningún criterio está por debajo de α = 0.667.</translation>
    </message>
    <message>
        <source>Below α = 0.667 (unreliable): %1.</source>
        <translation>Por debajo de α = 0.667 (poco fiable): %1.</translation>
    </message>
    <message>
        <source>Between 0.667 and 0.800 (tentative conclusions only): %1.</source>
        <translation>Entre 0.667 y 0.800 (solo conclusiones provisionales): %1.</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Acuerdo por criterio</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>No value (%1): %2.</source>
        <translation>Sin valor (%1): %2.</translation>
    </message>
    <message>
        <source>Gold accuracy per annotator</source>
        <translation>Precisión frente al oro por anotador</translation>
    </message>
    <message>
        <source>No gold answers, or no submitted annotation of a gold task.</source>
        <translation>No hay respuestas de oro, o ninguna anotación enviada de una tarea de oro.</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacta</translation>
    </message>
    <message>
        <source>Within one</source>
        <translation>A uno como máximo</translation>
    </message>
    <message>
        <source>Mean abs. error</source>
        <translation>Error abs. medio</translation>
    </message>
    <message>
        <source>Pairs as gold</source>
        <translation>Pares como el oro</translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation>F1 de fragmentos</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Anotadores</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horas activas</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Tiempo mediano (s)</translation>
    </message>
    <message>
        <source>Skip rate</source>
        <translation>Tasa de omisión</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Tasa de escalado</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Agreement and gold accuracy follow &quot;%1&quot; (α, %2). A unit counts in the week of its last annotation and in every batch that contributed to it.</source>
        <translation>El acuerdo y la precisión frente al oro siguen a “%1” (α, %2). Una unidad cuenta en la semana de su última anotación y en cada lote que contribuyó a ella.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Gold exact</source>
        <translation>Oro exacta</translation>
    </message>
    <message>
        <source>Distribution of disagreement</source>
        <translation>Distribución del desacuerdo</translation>
    </message>
    <message>
        <source>Pairable %1.</source>
        <translation>Emparejables: %1.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>The rubric has no ranking criterion: no preferences to compare.</source>
        <translation>La rúbrica no tiene ningún criterio de clasificación: no hay preferencias que comparar.</translation>
    </message>
    <message>
        <source>From the preferences in &quot;%1&quot;. Rates with 95% Wilson intervals; strengths by Bradley–Terry (ties count half), 95% percentile intervals from %2 bootstrap replicates over tasks, seed %3.</source>
        <translation>A partir de las preferencias de “%1”. Tasas con intervalos de Wilson del 95 %; fuerzas según Bradley–Terry (los empates cuentan la mitad), intervalos de percentiles del 95 % a partir de %2 réplicas bootstrap sobre tareas, semilla %3.</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modelo A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modelo B</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Juicios</translation>
    </message>
    <message>
        <source>A preferred</source>
        <translation>A preferido</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>B preferred</source>
        <translation>B preferido</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaciones</translation>
    </message>
    <message>
        <source>Failure modes (span labels) and safety flags per judged response:</source>
        <translation>Modos de fallo (etiquetas de fragmentos) y alertas de seguridad por respuesta juzgada:</translation>
    </message>
    <message>
        <source>Label or flag</source>
        <translation>Etiqueta o alerta</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcadas</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Juzgadas</translation>
    </message>
    <message>
        <source>Rate [95% CI]</source>
        <translation>Tasa [IC 95 %]</translation>
    </message>
    <message>
        <source>Never marked on any model: %1.</source>
        <translation>No marcado en ningún modelo: %1.</translation>
    </message>
    <message>
        <source>How these figures are computed</source>
        <translation>Cómo se calculan estas cifras</translation>
    </message>
    <message>
        <source>Only submitted annotations count. Agreement: Krippendorff&apos;s α (Krippendorff 2011) over units (a task, a task&apos;s response, or a pair of responses for rankings); Cohen&apos;s κ per pair of annotators and their mean; Fleiss&apos; κ; percent agreement over pairs of values. Throughput is submitted tasks per hour of active time; time per task is the median active time of a submitted task; skip and escalation rates are shares of finished tasks. Details: docs/metrics.md.</source>
        <translation>Solo cuentan las anotaciones enviadas. Acuerdo: α de Krippendorff (Krippendorff 2011) sobre unidades (una tarea, una respuesta de una tarea o un par de respuestas en las clasificaciones); κ de Cohen por par de anotadores y su media; κ de Fleiss; acuerdo porcentual sobre pares de valores. El rendimiento son tareas enviadas por hora de tiempo activo; el tiempo por tarea es la mediana del tiempo activo de una tarea enviada; las tasas de omisión y escalado son proporciones de las tareas terminadas. Detalles: docs/metrics.md.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>a line longer than %1 MiB; is this a JSONL file?</source>
        <translation>una línea de más de %1 MiB; ¿es un archivo JSONL?</translation>
    </message>
    <message>
        <source>the file ends before the array is closed with ]</source>
        <translation>el archivo termina antes de cerrar el array con ]</translation>
    </message>
    <message>
        <source>unexpected data after the closing ] of the array</source>
        <translation>datos inesperados tras el ] que cierra el array</translation>
    </message>
    <message>
        <source>unexpected data after the object</source>
        <translation>datos inesperados tras el objeto</translation>
    </message>
    <message>
        <source>expected [ to open an array of records</source>
        <translation>se esperaba [ para abrir un array de registros</translation>
    </message>
    <message>
        <source>expected a record before ,</source>
        <translation>se esperaba un registro antes de ,</translation>
    </message>
    <message>
        <source>expected , or ] after a record</source>
        <translation>se esperaba , o ] tras un registro</translation>
    </message>
    <message>
        <source>a record longer than %1 MiB</source>
        <translation>un registro de más de %1 MiB</translation>
    </message>
    <message>
        <source>the file ends inside a record</source>
        <translation>el archivo termina dentro de un registro</translation>
    </message>
    <message>
        <source>a comma before the closing ] (JSON has no trailing commas)</source>
        <translation>una coma antes del ] de cierre (JSON no admite comas finales)</translation>
    </message>
</context>
<context>
    <name>RedTeamReport</name>
    <message>
        <source>no outcome recorded</source>
        <translation>sin resultado registrado</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source># Red-team report: %1</source>
        <translation># Informe de red teaming: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; the attack succeeded in %1.</source>
        <translation>
            <numerusform>%n entrada; el ataque tuvo éxito en %1.</numerusform>
            <numerusform>%n entradas; el ataque tuvo éxito en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A success rate counts the entries that say whether the attack succeeded; entries without an outcome are counted under Entries only.</source>
        <translation>Una tasa de éxito cuenta las entradas que indican si el ataque tuvo éxito; las entradas sin resultado solo se cuentan en Entradas.</translation>
    </message>
    <message>
        <source>| %1 | Technique | Entries | Succeeded | Withstood | Success rate |</source>
        <translation>| %1 | Técnica | Entradas | Con éxito | Resistidas | Tasa de éxito |</translation>
    </message>
    <message>
        <source>| %1 | Entries | Succeeded | Withstood | Success rate |</source>
        <translation>| %1 | Entradas | Con éxito | Resistidas | Tasa de éxito |</translation>
    </message>
    <message>
        <source>By harm category</source>
        <translation>Por categoría de daño</translation>
    </message>
    <message>
        <source>Harm category</source>
        <translation>Categoría de daño</translation>
    </message>
    <message>
        <source>By technique</source>
        <translation>Por técnica</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>By harm category and technique</source>
        <translation>Por categoría de daño y técnica</translation>
    </message>
    <message>
        <source>## Entries</source>
        <translation>## Entradas</translation>
    </message>
    <message>
        <source>outcome not recorded</source>
        <translation>resultado no registrado</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>el ataque tuvo éxito</translation>
    </message>
    <message>
        <source>withstood</source>
        <translation>el modelo resistió</translation>
    </message>
    <message>
        <source>### %1 (revision %2, by %3)</source>
        <translation>### %1 (revisión %2, de %3)</translation>
    </message>
    <message>
        <source>- Harm category: %1; technique: %2; severity: %3; %4; review: %5</source>
        <translation>- Categoría de daño: %1; técnica: %2; gravedad: %3; %4; revisión: %5</translation>
    </message>
    <message>
        <source>- Prompt: %1</source>
        <translation>- Prompt: %1</translation>
    </message>
    <message>
        <source>- What triggered it: %1</source>
        <translation>- Qué lo provocó: %1</translation>
    </message>
    <message>
        <source>Red-team report: %1</source>
        <translation>Informe de red teaming: %1</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Con éxito</translation>
    </message>
    <message>
        <source>Withstood</source>
        <translation>Resistidas</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>%1 (revision %2, by %3)</source>
        <translation>%1 (revisión %2, de %3)</translation>
    </message>
    <message>
        <source>Harm category: %1; technique: %2; severity: %3; %4; review: %5</source>
        <translation>Categoría de daño: %1; técnica: %2; gravedad: %3; %4; revisión: %5</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <source>What triggered it: %1</source>
        <translation>Qué lo provocó: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>TrlMapper</name>
    <message>
        <source>Imported preferences</source>
        <translation>Preferencias importadas</translation>
    </message>
    <message>
        <source>Made by Verdict for preference pairs imported from TRL and Anthropic HH files: the chosen response ranks above the rejected one.</source>
        <translation>Creada por Verdict para los pares de preferencia importados de archivos TRL y Anthropic HH: la respuesta elegida queda por encima de la rechazada.</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>se esperaba un objeto JSON, se encontró %1</translation>
    </message>
    <message>
        <source>missing; expected the %1 response</source>
        <translation>falta; se esperaba la respuesta %1</translation>
    </message>
    <message>
        <source>chosen and rejected must both be text or both be messages</source>
        <translation>chosen y rejected deben ser ambos texto o ambos mensajes</translation>
    </message>
    <message>
        <source>expected text, like chosen and rejected</source>
        <translation>se esperaba texto, como chosen y rejected</translation>
    </message>
    <message>
        <source>the rejected response is the same text as the chosen one</source>
        <translation>la respuesta rechazada es el mismo texto que la elegida</translation>
    </message>
    <message>
        <source>expected messages after the prompt that end with an assistant message</source>
        <translation>se esperaban mensajes tras el prompt que terminen con un mensaje del asistente</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>answers must be an object keyed by criterion</source>
        <translation>answers debe ser un objeto con los criterios como claves</translation>
    </message>
    <message>
        <source>not a criterion of rubric %1 version %2</source>
        <translation>no es un criterio de la rúbrica %1 versión %2</translation>
    </message>
    <message>
        <source>required: %1 is not answered</source>
        <translation>obligatorio: %1 no está respondido</translation>
    </message>
    <message>
        <source>expected an object keyed by response id, found %1</source>
        <translation>se esperaba un objeto con ids de respuesta como claves, se encontró %1</translation>
    </message>
    <message>
        <source>task %1 has no response &quot;%2&quot;</source>
        <translation>la tarea %1 no tiene ninguna respuesta “%2”</translation>
    </message>
    <message>
        <source>required: %1 is not answered for response %2</source>
        <translation>obligatorio: %1 no está respondido para la respuesta %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>se esperaba un número entero de %1 a %2, se encontró %3</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2–%3</source>
        <translation>%1 está fuera de la escala %2–%3</translation>
    </message>
    <message>
        <source>expected one option, found %1</source>
        <translation>se esperaba una opción, se encontró %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>se esperaba texto, se encontró %1</translation>
    </message>
    <message>
        <source>required: %1 is empty</source>
        <translation>obligatorio: %1 está vacío</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n characters</source>
        <translation>
            <numerusform>necesita al menos %n carácter</numerusform>
            <numerusform>necesita al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>(has %1)</source>
        <translation>(tiene %1)</translation>
    </message>
    <message>
        <source>expected an object with &quot;text&quot; and an optional &quot;seed&quot; response</source>
        <translation>se esperaba un objeto con “text” y una respuesta “seed” opcional</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opción desconocida “%1”</translation>
    </message>
    <message>
        <source>expected groups of response ids, best first, like [[&quot;b&quot;],[&quot;a&quot;,&quot;c&quot;]]</source>
        <translation>se esperaban grupos de ids de respuesta, la mejor primero, como [[&quot;b&quot;],[&quot;a&quot;,&quot;c&quot;]]</translation>
    </message>
    <message>
        <source>a group of the ranking is empty</source>
        <translation>un grupo de la clasificación está vacío</translation>
    </message>
    <message>
        <source>response %1 is ranked twice</source>
        <translation>la respuesta %1 está clasificada dos veces</translation>
    </message>
    <message>
        <source>the ranking must place every response; missing %1</source>
        <translation>la clasificación debe colocar todas las respuestas; falta %1</translation>
    </message>
    <message>
        <source>expected a list of options, found %1</source>
        <translation>se esperaba una lista de opciones, se encontró %1</translation>
    </message>
    <message>
        <source>expected an option, found %1</source>
        <translation>se esperaba una opción, se encontró %1</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is chosen twice</source>
        <translation>la opción “%1” está elegida dos veces</translation>
    </message>
    <message>
        <source>expected a list of spans like {&quot;start&quot;: 0, &quot;end&quot;: 5, &quot;label&quot;: &quot;…&quot;}</source>
        <translation>se esperaba una lista de fragmentos como {&quot;start&quot;: 0, &quot;end&quot;: 5, &quot;label&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>unknown label &quot;%1&quot;</source>
        <translation>etiqueta desconocida “%1”</translation>
    </message>
    <message>
        <source>%1 is before the start of the text</source>
        <translation>%1 está antes del inicio del texto</translation>
    </message>
    <message>
        <source>the span %1–%2 is empty</source>
        <translation>el fragmento %1–%2 está vacío</translation>
    </message>
    <message numerus="yes">
        <source>%1 is beyond the end of response %2 (%n characters)</source>
        <translation>
            <numerusform>%1 está más allá del final de la respuesta %2 (%n carácter)</numerusform>
            <numerusform>%1 está más allá del final de la respuesta %2 (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>the same span is tagged twice</source>
        <translation>el mismo fragmento está etiquetado dos veces</translation>
    </message>
    <message>
        <source>expected a list of flags like {&quot;category&quot;: &quot;…&quot;, &quot;severity&quot;: &quot;…&quot;}</source>
        <translation>se esperaba una lista de alertas como {&quot;category&quot;: &quot;…&quot;, &quot;severity&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>categoría desconocida “%1”</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>gravedad desconocida “%1”</translation>
    </message>
</context>
<context>
    <name>verdict::AboutDialog</name>
    <message>
        <source>About Verdict</source>
        <translation>Acerca de Verdict</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Verdict %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verdict %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An offline workbench for the people who make LLM training and evaluation data: rank, score and tag model responses, write rubrics, measure agreement and adjudicate, with no server and no network.</source>
        <translation>Un banco de trabajo sin conexión para quienes crean datos de entrenamiento y evaluación de LLM: clasificar, puntuar y etiquetar respuestas de modelos, escribir rúbricas, medir el acuerdo y adjudicar, sin servidor y sin red.</translation>
    </message>
    <message>
        <source>&amp;Libraries in use:</source>
        <translation>&amp;Bibliotecas en uso:</translation>
    </message>
    <message>
        <source>Each library Verdict runs on and its version</source>
        <translation>Cada biblioteca sobre la que funciona Verdict y su versión</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Qt (running)</source>
        <translation>Qt (en ejecución)</translation>
    </message>
    <message>
        <source>Qt (built with)</source>
        <translation>Qt (de compilación)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>not available (Qt&apos;s SQLite driver is missing)</source>
        <translation>no disponible (falta el controlador SQLite de Qt)</translation>
    </message>
    <message>
        <source>KDE Syntax Highlighting</source>
        <translation>KDE Syntax Highlighting</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>Copies the versions to the clipboard, for a problem report</source>
        <translation>Copia las versiones al portapapeles, para un informe de problemas</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Bibliotecas en uso</translation>
    </message>
</context>
<context>
    <name>verdict::AddSpanCommand</name>
    <message>
        <source>Tag span</source>
        <translation>Etiquetar fragmento</translation>
    </message>
</context>
<context>
    <name>verdict::AdjudicationQueue</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>verdict::AdjudicationQueueModel</name>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>(whole task)</source>
        <translation>(toda la tarea)</translation>
    </message>
    <message>
        <source>Task %1, %2, disagreement %3%, %4</source>
        <translation>Tarea %1, %2, desacuerdo %3 %, %4</translation>
    </message>
    <message>
        <source>whole task</source>
        <translation>toda la tarea</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>verdict::AdjudicationStore</name>
    <message>
        <source>no task with id %1</source>
        <translation>no hay ninguna tarea con el id %1</translation>
    </message>
    <message>
        <source>the decision on %1 / %2 is damaged in the project file</source>
        <translation>la decisión sobre %1 / %2 está dañada en el archivo del proyecto</translation>
    </message>
</context>
<context>
    <name>verdict::AdjudicationWindow</name>
    <message>
        <source>Adjudication — %1</source>
        <translation>Adjudicación — %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation>Todos los criterios</translation>
    </message>
    <message>
        <source>Consensus rule</source>
        <translation>Regla de consenso</translation>
    </message>
    <message>
        <source>Majority agrees</source>
        <translation>La mayoría coincide</translation>
    </message>
    <message>
        <source>Everyone agrees</source>
        <translation>Todos coinciden</translation>
    </message>
    <message>
        <source>Sho&amp;w decided</source>
        <translation>&amp;Mostrar decididas</translation>
    </message>
    <message>
        <source>Escalated o&amp;nly</source>
        <translation>Solo esca&amp;ladas</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Criterio:</translation>
    </message>
    <message>
        <source>Agreed when:</source>
        <translation>Acuerdo cuando:</translation>
    </message>
    <message>
        <source>Adjudication queue</source>
        <translation>Cola de adjudicación</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Por decidir</translation>
    </message>
    <message>
        <source>Annotators&apos; answers</source>
        <translation>Respuestas de los anotadores</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>&amp;Accept Selected</source>
        <translation>Acep&amp;tar la seleccionada</translation>
    </message>
    <message>
        <source>Make the selected person&apos;s answer the final one (Ctrl+Return)</source>
        <translation>Hacer definitiva la respuesta de la persona seleccionada (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Merge Spans</source>
        <translation>&amp;Combinar fragmentos</translation>
    </message>
    <message>
        <source>Start your answer from every span the selected people tagged</source>
        <translation>Empezar su respuesta con todos los fragmentos que etiquetaron las personas seleccionadas</translation>
    </message>
    <message>
        <source>Start &amp;Own From Selected</source>
        <translation>Empezar la &amp;propia desde la seleccionada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su respuesta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Decide With &amp;Your Answer</source>
        <translation>Decidir con &amp;su respuesta</translation>
    </message>
    <message>
        <source>Make your answer the final one (Ctrl+Shift+Return)</source>
        <translation>Hacer definitiva su respuesta (Ctrl+Mayús+Intro)</translation>
    </message>
    <message>
        <source>&amp;Rationale (needed when you override the majority):</source>
        <translation>&amp;Justificación (necesaria si contradice a la mayoría):</translation>
    </message>
    <message>
        <source>Use as an e&amp;xample in the guidelines</source>
        <translation>&amp;Usar como ejemplo en las directrices</translation>
    </message>
    <message>
        <source>Resol&amp;ve Escalation</source>
        <translation>&amp;Resolver el escalado</translation>
    </message>
    <message>
        <source>Promote Task to &amp;Gold</source>
        <translation>Convertir la tarea en &amp;oro</translation>
    </message>
    <message>
        <source>Make the task&apos;s final answers its gold answer, with the rationale (Ctrl+G)</source>
        <translation>Convertir las respuestas definitivas de la tarea en su respuesta de oro, con la justificación (Ctrl+G)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Finding disagreements… %p%</source>
        <translation>Buscando desacuerdos… %p %</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export &amp;Edge-Case Catalogue…</source>
        <translation>Exportar el catálogo de casos &amp;límite…</translation>
    </message>
    <message>
        <source>Export Edge-Case Catalogue</source>
        <translation>Exportar el catálogo de casos límite</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Decidir</translation>
    </message>
    <message>
        <source>&amp;Accept Selected Answer</source>
        <translation>&amp;Aceptar la respuesta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Spans</source>
        <translation>&amp;Combinar los fragmentos seleccionados</translation>
    </message>
    <message>
        <source>Start Own Answer From &amp;Selected</source>
        <translation>Empezar la respuesta propia desde la se&amp;leccionada</translation>
    </message>
    <message>
        <source>&amp;Next in Queue</source>
        <translation>Si&amp;guiente de la cola</translation>
    </message>
    <message>
        <source>&amp;Previous in Queue</source>
        <translation>A&amp;nterior de la cola</translation>
    </message>
    <message>
        <source>&amp;Refresh Queue</source>
        <translation>Ac&amp;tualizar la cola</translation>
    </message>
    <message>
        <source>Cannot build the queue: %1</source>
        <translation>No se puede crear la cola: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to decide</source>
        <translation>
            <numerusform>%n elemento por decidir</numerusform>
            <numerusform>%n elementos por decidir</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Nada por decidir.</translation>
    </message>
    <message>
        <source>Cannot read task %1</source>
        <translation>No se puede leer la tarea %1</translation>
    </message>
    <message>
        <source>Task %1 was escalated</source>
        <translation>La tarea %1 se escaló</translation>
    </message>
    <message>
        <source>Read the task and what the annotators said, then resolve it with a note.</source>
        <translation>Lea la tarea y lo que dijeron los anotadores, y resuélvala con una nota.</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladas</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviadas</translation>
    </message>
    <message>
        <source>The rubric these annotations were made under has no criterion %1</source>
        <translation>La rúbrica con la que se hicieron estas anotaciones no tiene ningún criterio %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n people · disagreement %2%</source>
        <translation>
            <numerusform>%1 · %n persona · desacuerdo %2 %</numerusform>
            <numerusform>%1 · %n personas · desacuerdo %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>(majority)</source>
        <translation>(mayoría)</translation>
    </message>
    <message>
        <source>your answer · %1</source>
        <translation>su respuesta · %1</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Aún sin decidir.</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation>Escalado resuelto</translation>
    </message>
    <message>
        <source>accepted from %1</source>
        <translation>aceptada de %1</translation>
    </message>
    <message>
        <source>written by the lead</source>
        <translation>escrita por la coordinación</translation>
    </message>
    <message>
        <source>Decided: %1 — %2, by %3</source>
        <translation>Decidido: %1 — %2, por %3</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Select one person&apos;s answer to accept</source>
        <translation>Seleccione la respuesta de una persona para aceptarla</translation>
    </message>
    <message>
        <source>Accept %1&apos;s answer on %2</source>
        <translation>Aceptar la respuesta de %1 en %2</translation>
    </message>
    <message>
        <source>Decide %1 on %2</source>
        <translation>Decidir %1 en %2</translation>
    </message>
    <message>
        <source>Your answer now holds the spans of %1; remove what does not belong, then decide.</source>
        <translation>Su respuesta contiene ahora los fragmentos de %1; quite lo que no corresponda y luego decida.</translation>
    </message>
    <message>
        <source>Say how the escalation was resolved in the rationale</source>
        <translation>Explique en la justificación cómo se resolvió el escalado</translation>
    </message>
    <message>
        <source>Resolve the escalation of %1</source>
        <translation>Resolver el escalado de %1</translation>
    </message>
    <message>
        <source>Say why these answers are the truth in the rationale before promoting to gold</source>
        <translation>Explique en la justificación por qué estas respuestas son las correctas antes de convertirlas en oro</translation>
    </message>
    <message>
        <source>Task %1 is gold.</source>
        <translation>La tarea %1 es de oro.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito %1</translation>
    </message>
    <message>
        <source>Focus Ra&amp;tionale</source>
        <translation>Ir a la &amp;justificación</translation>
    </message>
    <message>
        <source>Shows the disagreements on this criterion only</source>
        <translation>Muestra solo los desacuerdos en este criterio</translation>
    </message>
    <message>
        <source>When the annotators count as agreeing</source>
        <translation>Cuándo se considera que los anotadores coinciden</translation>
    </message>
    <message>
        <source>Also lists what is already decided</source>
        <translation>Muestra también lo ya decidido</translation>
    </message>
    <message>
        <source>Lists only the tasks a trainer escalated</source>
        <translation>Muestra solo las tareas que un entrenador escaló</translation>
    </message>
    <message>
        <source>The disagreements and escalations to decide</source>
        <translation>Los desacuerdos y escalados por decidir</translation>
    </message>
    <message>
        <source>Each person&apos;s answer on the current criterion; select one to accept it</source>
        <translation>La respuesta de cada persona en el criterio actual; seleccione una para aceptarla</translation>
    </message>
    <message>
        <source>Starts your own answer from the selected person&apos;s</source>
        <translation>Empieza su propia respuesta desde la de la persona seleccionada</translation>
    </message>
    <message>
        <source>Why the final answer is right; needed when it overrides the majority</source>
        <translation>Por qué la respuesta definitiva es la correcta; necesaria si contradice a la mayoría</translation>
    </message>
    <message>
        <source>Lists this decision in the edge-case catalogue</source>
        <translation>Incluye esta decisión en el catálogo de casos límite</translation>
    </message>
    <message>
        <source>Closes the escalation with the rationale as its note</source>
        <translation>Cierra el escalado con la justificación como nota</translation>
    </message>
</context>
<context>
    <name>verdict::AdoptAnswerCommand</name>
    <message>
        <source>Start from %1&apos;s answer</source>
        <translation>Partir de la respuesta de %1</translation>
    </message>
</context>
<context>
    <name>verdict::AgreementAnalysis</name>
    <message>
        <source>no rubric has a criterion &quot;%1&quot;</source>
        <translation>ninguna rúbrica tiene un criterio “%1”</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ, linear weights</source>
        <translation>κ de Cohen, pesos lineales</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ, quadratic weights</source>
        <translation>κ de Cohen, pesos cuadráticos</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Acuerdo porcentual</translation>
    </message>
    <message>
        <source>Pairwise preference agreement</source>
        <translation>Acuerdo de preferencias por pares</translation>
    </message>
    <message>
        <source>Kendall&apos;s τ-b</source>
        <translation>τ-b de Kendall</translation>
    </message>
    <message>
        <source>Exact-match F1</source>
        <translation>F1 de coincidencia exacta</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 de solapamiento</translation>
    </message>
</context>
<context>
    <name>verdict::AnnotationSession</name>
    <message>
        <source>the annotation of %1 was made under rubric %2 version %3, which this project does not have</source>
        <translation>la anotación de %1 se hizo con la rúbrica %2 versión %3, que este proyecto no tiene</translation>
    </message>
    <message>
        <source>Rate %1: %2</source>
        <translation>Valorar %1: %2</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
    <message>
        <source>Add flag</source>
        <translation>Añadir alerta</translation>
    </message>
    <message>
        <source>Type flag note</source>
        <translation>Escribir nota de la alerta</translation>
    </message>
    <message>
        <source>Change flag</source>
        <translation>Cambiar alerta</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Quitar alerta</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Start %1 from a response</source>
        <translation>Empezar %1 desde una respuesta</translation>
    </message>
    <message>
        <source>task %1 is not complete: %2</source>
        <translation>la tarea %1 no está completa: %2</translation>
    </message>
    <message>
        <source>a skip needs a reason</source>
        <translation>omitir necesita un motivo</translation>
    </message>
    <message>
        <source>an escalation needs a note for the lead</source>
        <translation>un escalado necesita una nota para la coordinación</translation>
    </message>
</context>
<context>
    <name>verdict::AnnotationStore</name>
    <message>
        <source>no task with id %1</source>
        <translation>no hay ninguna tarea con el id %1</translation>
    </message>
    <message>
        <source>an annotation needs an annotator</source>
        <translation>una anotación necesita un anotador</translation>
    </message>
    <message>
        <source>the annotation of %1 by %2 is damaged in the project file: %3</source>
        <translation>la anotación de %1 por %2 está dañada en el archivo del proyecto: %3</translation>
    </message>
</context>
<context>
    <name>verdict::AnswerOverlay</name>
    <message>
        <source>place %1</source>
        <translation>puesto %1</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdict::AnswerText</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalar</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>de %1: %2</translation>
    </message>
</context>
<context>
    <name>verdict::AssignDialog</name>
    <message>
        <source>Assign Work</source>
        <translation>Asignar trabajo</translation>
    </message>
    <message>
        <source>ana, ben, chen</source>
        <translation>ana, ben, chen</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Anotadores</translation>
    </message>
    <message>
        <source>The people to hand work to, names separated by commas</source>
        <translation>Las personas a las que se reparte trabajo, con los nombres separados por comas</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>&amp;Anotadores:</translation>
    </message>
    <message>
        <source> people per task</source>
        <translation> personas por tarea</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <source>How many distinct annotators work every task</source>
        <translation>Cuántos anotadores distintos trabajan cada tarea</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Solapamiento:</translation>
    </message>
    <message>
        <source>Gold rate</source>
        <translation>Tasa de oro</translation>
    </message>
    <message>
        <source>&amp;Gold rate:</source>
        <translation>Tasa de &amp;oro:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Shuffles each person&apos;s order; the same seed gives the same order</source>
        <translation>Baraja el orden de cada persona; la misma semilla da el mismo orden</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>Se&amp;milla:</translation>
    </message>
    <message>
        <source>week-48 (optional; a new label starts new batches)</source>
        <translation>semana-48 (opcional; una etiqueta nueva empieza lotes nuevos)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Names this round; a new label gives new batches instead of new revisions</source>
        <translation>Da nombre a esta ronda; una etiqueta nueva da lotes nuevos en lugar de revisiones nuevas</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <source>&amp;Calibration round: send the gold answers and show them after each submit</source>
        <translation>Ronda de &amp;calibración: enviar las respuestas de oro y mostrarlas tras cada envío</translation>
    </message>
    <message>
        <source>The batches carry the gold answers, and the workbench shows them after each submit</source>
        <translation>Los lotes llevan las respuestas de oro, y el banco de trabajo las muestra tras cada envío</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Where the assignment batches are written; created when missing</source>
        <translation>Dónde se escriben los lotes de asignación; se crea si no existe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the folder for the batches</source>
        <translation>Elegir la carpeta para los lotes</translation>
    </message>
    <message>
        <source>Opens a folder chooser</source>
        <translation>Abre un selector de carpetas</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>Each person&apos;s share</source>
        <translation>La parte de cada persona</translation>
    </message>
    <message>
        <source>How many tasks each annotator gets, and how many of them are gold</source>
        <translation>Cuántas tareas recibe cada anotador y cuántas de ellas son de oro</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Of them gold</source>
        <translation>De ellas, de oro</translation>
    </message>
    <message>
        <source>&amp;Write Batches</source>
        <translation>&amp;Escribir lotes</translation>
    </message>
    <message>
        <source>Writes one assignment batch per annotator</source>
        <translation>Escribe un lote de asignación por anotador</translation>
    </message>
    <message>
        <source>Closes without writing anything</source>
        <translation>Cierra sin escribir nada</translation>
    </message>
    <message>
        <source>Choose a folder for the batches.</source>
        <translation>Elija una carpeta para los lotes.</translation>
    </message>
    <message numerus="yes">
        <source>Writes %n file(s) to %1.</source>
        <translation>
            <numerusform>Escribe %n archivo en %1.</numerusform>
            <numerusform>Escribe %n archivos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Assignment Batches</source>
        <translation>Carpeta para los lotes de asignación</translation>
    </message>
    <message>
        <source>Every task goes to as many distinct people as the overlap says; gold tasks are mixed in unmarked and go out like any other task. One assignment batch per person is written to the folder.</source>
        <translation>Cada tarea va a tantas personas distintas como indique el solapamiento; las tareas de oro se mezclan sin marcar y se reparten como cualquier otra tarea. En la carpeta se escribe un lote de asignación por persona.</translation>
    </message>
    <message>
        <source> % of the tasks</source>
        <translation> % de las tareas</translation>
    </message>
    <message>
        <source>The share of the tasks handed out that are hidden gold tasks, in percent, as far as there are gold tasks; each goes to as many people as any task</source>
        <translation>La parte de las tareas repartidas que son tareas de oro ocultas, en porcentaje, en la medida en que haya tareas de oro; cada una va a tantas personas como cualquier otra tarea</translation>
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
        <translation>Red teaming</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n field(s) missing</source>
        <translation>
            <numerusform>%1, falta %n campo</numerusform>
            <numerusform>%1, faltan %n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
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
        <translation>Revisión</translation>
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
        <translation>&amp;Prompt de sistema (opcional)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt de sistema</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation; may stay empty</source>
        <translation>Instrucciones que recibe el modelo antes de la conversación; puede quedar vacío</translation>
    </message>
    <message>
        <source>Leave empty for none</source>
        <translation>Déjelo vacío si no hay ninguno</translation>
    </message>
    <message>
        <source>Conversation (Ctrl+T adds a turn, Ctrl+Shift+Delete removes it, Alt+Shift+Up/Down moves it)</source>
        <translation>Conversación (Ctrl+T añade un turno, Ctrl+Mayús+Supr lo quita, Alt+Mayús+Arriba/Abajo lo mueve)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Model that answered</source>
        <translation>Modelo que respondió</translation>
    </message>
    <message>
        <source>The name and version of the model whose response this is</source>
        <translation>El nombre y la versión del modelo que dio esta respuesta</translation>
    </message>
    <message>
        <source>&amp;Import Response from File…</source>
        <translation>Importar respuesta de&amp;sde archivo…</translation>
    </message>
    <message>
        <source>Reads the model&apos;s response from a text or Markdown file</source>
        <translation>Lee la respuesta del modelo de un archivo de texto o Markdown</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>I&amp;ntent:</source>
        <translation>I&amp;ntención:</translation>
    </message>
    <message>
        <source>Di&amp;fficulty:</source>
        <translation>Di&amp;ficultad:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Red team</source>
        <translation>Red teaming</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>&amp;Técnica:</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>&amp;Harm category:</source>
        <translation>Categoría de &amp;daño:</translation>
    </message>
    <message>
        <source>Targeted harm category</source>
        <translation>Categoría de daño objetivo</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Did the attack succeed?</source>
        <translation>¿Tuvo éxito el ataque?</translation>
    </message>
    <message>
        <source>Whether the model gave way to the attack</source>
        <translation>Si el modelo cedió ante el ataque</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Yes, the model did the harmful thing</source>
        <translation>Sí, el modelo hizo lo dañino que se le pedía</translation>
    </message>
    <message>
        <source>No, the model withstood it</source>
        <translation>No, el modelo resistió</translation>
    </message>
    <message>
        <source>S&amp;ucceeded:</source>
        <translation>É&amp;xito del ataque:</translation>
    </message>
    <message>
        <source>Notes on what triggered it</source>
        <translation>Notas sobre qué lo provocó</translation>
    </message>
    <message>
        <source>Which turn or wording made the model give way, and how</source>
        <translation>Qué turno o qué formulación hizo ceder al modelo, y cómo</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Missing fields</source>
        <translation>Campos que faltan</translation>
    </message>
    <message>
        <source>Import the Model&apos;s Response</source>
        <translation>Importar la respuesta del modelo</translation>
    </message>
    <message>
        <source>A value from the rubric&apos;s %1 taxonomy</source>
        <translation>Un valor de la taxonomía %1 de la rúbrica</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (not in the rubric)</source>
        <translation>%1 (no está en la rúbrica)</translation>
    </message>
    <message>
        <source>&amp;Ideal response (Markdown; code in fenced blocks is highlighted)</source>
        <translation>Respuesta id&amp;eal (Markdown; el código en bloques delimitados se resalta)</translation>
    </message>
    <message>
        <source>Model&apos;s &amp;response (paste it, or import it from a file)</source>
        <translation>Respuesta del mod&amp;elo (péguela o impórtela desde un archivo)</translation>
    </message>
    <message>
        <source>Ideal response</source>
        <translation>Respuesta ideal</translation>
    </message>
    <message>
        <source>Model&apos;s response</source>
        <translation>Respuesta del modelo</translation>
    </message>
    <message>
        <source>The answer you would want the model to give</source>
        <translation>La respuesta que querría que diera el modelo</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation>%1: no es texto UTF-8</translation>
    </message>
    <message>
        <source>Every required field is filled.</source>
        <translation>Todos los campos obligatorios están rellenos.</translation>
    </message>
    <message>
        <source>Still missing before review or export: %1.</source>
        <translation>Aún falta antes de la revisión o la exportación: %1.</translation>
    </message>
    <message>
        <source>Edit the system prompt</source>
        <translation>Editar el prompt de sistema</translation>
    </message>
    <message>
        <source>Edit the response</source>
        <translation>Editar la respuesta</translation>
    </message>
    <message>
        <source>Edit the model&apos;s name</source>
        <translation>Editar el nombre del modelo</translation>
    </message>
    <message>
        <source>Change whether the attack succeeded</source>
        <translation>Cambiar si el ataque tuvo éxito</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>Editar las notas</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Cambiar «%1»</translation>
    </message>
    <message>
        <source>Import the response</source>
        <translation>Importar la respuesta</translation>
    </message>
</context>
<context>
    <name>verdict::AuthoringWindow</name>
    <message>
        <source>none reviewed</source>
        <translation>ninguna revisada</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Authored tasks</source>
        <translation>Tareas redactadas</translation>
    </message>
    <message>
        <source>SFT examples and red-team entries with their status; choose one to edit it</source>
        <translation>Ejemplos SFT y entradas de red teaming con su estado; elija uno para editarlo</translation>
    </message>
    <message>
        <source>Reviews of this task</source>
        <translation>Revisiones de esta tarea</translation>
    </message>
    <message>
        <source>What reviewers decided about each revision, with their comments</source>
        <translation>Lo que decidieron los revisores sobre cada revisión, con sus comentarios</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Near-duplicate of</source>
        <translation>Casi duplicado de</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Near-duplicate prompts among authored tasks</source>
        <translation>Prompts casi duplicados entre las tareas redactadas</translation>
    </message>
    <message>
        <source>Pairs of authored prompts that are nearly the same; choose a row to open the task</source>
        <translation>Pares de prompts redactados que son casi iguales; elija una fila para abrir la tarea</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>Required fields missing</source>
        <translation>Campos obligatorios que faltan</translation>
    </message>
    <message>
        <source>Authored tasks that cannot be exported until these fields are filled</source>
        <translation>Tareas redactadas que no se pueden exportar hasta que se rellenen estos campos</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Necesitan cambios</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Reviews accepting</source>
        <translation>Revisiones favorables</translation>
    </message>
    <message>
        <source>Acceptance per author</source>
        <translation>Aceptación por autor</translation>
    </message>
    <message>
        <source>How much of each author&apos;s work reviewers accepted, with the counts</source>
        <translation>Cuánto del trabajo de cada autor aceptaron los revisores, con los recuentos</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stops the work in progress</source>
        <translation>Detiene el trabajo en curso</translation>
    </message>
    <message>
        <source>&amp;Authoring</source>
        <translation>&amp;Redacción</translation>
    </message>
    <message>
        <source>New &amp;SFT Example</source>
        <translation>Nuevo ejemplo &amp;SFT</translation>
    </message>
    <message>
        <source>New &amp;Red-Team Entry</source>
        <translation>Nueva entrada de &amp;red teaming</translation>
    </message>
    <message>
        <source>&amp;Duplicate and Vary</source>
        <translation>&amp;Duplicar y variar</translation>
    </message>
    <message>
        <source>Sa&amp;ve Revision</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
    <message>
        <source>Check Before &amp;Export</source>
        <translation>&amp;Comprobar antes de exportar</translation>
    </message>
    <message>
        <source>Save Red-Team Re&amp;port…</source>
        <translation>Guardar el &amp;informe de red teaming…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>The Task &amp;List</source>
        <translation>La &amp;lista de tareas</translation>
    </message>
    <message>
        <source>The &amp;Editor</source>
        <translation>El &amp;editor</translation>
    </message>
    <message>
        <source>The &amp;Response</source>
        <translation>La &amp;respuesta</translation>
    </message>
    <message>
        <source>The T&amp;ags</source>
        <translation>Las eti&amp;quetas</translation>
    </message>
    <message>
        <source>The &amp;Side Panel</source>
        <translation>El &amp;panel lateral</translation>
    </message>
    <message>
        <source>Next &amp;Tab of the Side Panel</source>
        <translation>Siguiente pes&amp;taña del panel lateral</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>&amp;Redacción</translation>
    </message>
    <message>
        <source>Authoring</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <source>Authoring &amp;Workbench…</source>
        <translation>&amp;Banco de trabajo de redacción…</translation>
    </message>
    <message>
        <source>New &amp;SFT Example…</source>
        <translation>Nuevo ejemplo &amp;SFT…</translation>
    </message>
    <message>
        <source>New &amp;Red-Team Entry…</source>
        <translation>Nueva entrada de red &amp;teaming…</translation>
    </message>
    <message>
        <source>&amp;Duplicate and Vary This Task…</source>
        <translation>&amp;Duplicar y variar esta tarea…</translation>
    </message>
    <message>
        <source>Select a task in the queue first.</source>
        <translation>Seleccione primero una tarea en la cola.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The task you are writing has changes that are not saved. Save them as a new revision?</source>
        <translation>La tarea que está redactando tiene cambios sin guardar. ¿Guardarlos como una revisión nueva?</translation>
    </message>
    <message>
        <source>New SFT example (not saved yet)</source>
        <translation>Nuevo ejemplo SFT (aún sin guardar)</translation>
    </message>
    <message>
        <source>New red-team entry (not saved yet)</source>
        <translation>Nueva entrada de red teaming (aún sin guardar)</translation>
    </message>
    <message>
        <source>No task %1 in this project.</source>
        <translation>No hay ninguna tarea %1 en este proyecto.</translation>
    </message>
    <message>
        <source>New variation of %1 (not saved yet)</source>
        <translation>Nueva variación de %1 (aún sin guardar)</translation>
    </message>
    <message>
        <source>Task %1 was not authored.</source>
        <translation>La tarea %1 no se redactó aquí.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation>La tarea no se guardó: %1</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2.</source>
        <translation>%1 guardada como revisión %2.</translation>
    </message>
    <message>
        <source>Save the task to send it for review.</source>
        <translation>Guarde la tarea para enviarla a revisión.</translation>
    </message>
    <message>
        <source>%1 %2 — revision %3 by %4 — review: %5</source>
        <translation>%1 %2 — revisión %3 de %4 — resultado de la revisión: %5</translation>
    </message>
    <message>
        <source>SFT example</source>
        <translation>Ejemplo SFT</translation>
    </message>
    <message>
        <source>Red-team entry</source>
        <translation>Entrada de red teaming</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <source>No reviews yet. Send the task out in an assignment batch under the %1 rubric; the reviewers&apos; annotations appear here once imported.</source>
        <translation>Todavía no hay revisiones. Envíe la tarea en un lote de asignación con la rúbrica %1; las anotaciones de los revisores aparecen aquí una vez importadas.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>needs changes</source>
        <translation>necesita cambios</translation>
    </message>
    <message>
        <source> (on an earlier revision)</source>
        <translation> (sobre una revisión anterior)</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Sin comentarios.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Checking authored tasks…</source>
        <translation>Comprobando las tareas redactadas…</translation>
    </message>
    <message numerus="yes">
        <source>%n authored task(s) checked: %1 near-duplicate pair(s), %2 missing field(s).</source>
        <translation>
            <numerusform>%n tarea redactada comprobada: pares casi duplicados: %1; campos que faltan: %2.</numerusform>
            <numerusform>%n tareas redactadas comprobadas: pares casi duplicados: %1; campos que faltan: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicados (%1)</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Comprobaciones (%1)</translation>
    </message>
    <message>
        <source>Save Red-Team Report</source>
        <translation>Guardar el informe de red teaming</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Writing the red-team report…</source>
        <translation>Escribiendo el informe de red teaming…</translation>
    </message>
    <message numerus="yes">
        <source>Red-team report of %n entries saved to %1.</source>
        <translation>
            <numerusform>Informe de red teaming de %n entrada guardado en %1.</numerusform>
            <numerusform>Informe de red teaming de %n entradas guardado en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>new task</source>
        <translation>tarea nueva</translation>
    </message>
    <message>
        <source>%1%2 — Authoring — %3</source>
        <translation>%1%2 — Redacción — %3</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Edi&amp;tar</translation>
    </message>
</context>
<context>
    <name>verdict::BackgroundJob</name>
    <message>
        <source>the work stopped on an unexpected error</source>
        <translation>el trabajo se detuvo por un error inesperado</translation>
    </message>
</context>
<context>
    <name>verdict::BatchActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Abra o cree primero un proyecto.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1: %2 %…</source>
        <translation>%1: %2 %…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Assign &amp;Work…</source>
        <translation>Asignar &amp;trabajo…</translation>
    </message>
    <message>
        <source>Writing assignment batches</source>
        <translation>Escribiendo los lotes de asignación</translation>
    </message>
</context>
<context>
    <name>verdict::ChoiceEditor</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>%1, response %2</source>
        <translation>%1, respuesta %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Pick one option; 1 to 9 pick by number</source>
        <translation>Elija una opción; 1 a 9 eligen por número</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
</context>
<context>
    <name>verdict::Database</name>
    <message>
        <source>already exists; choose another name or open it instead</source>
        <translation>ya existe; elija otro nombre o ábralo</translation>
    </message>
    <message>
        <source>no such project file</source>
        <translation>no existe ese archivo de proyecto</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>not a Verdict project (not an SQLite database)</source>
        <translation>no es un proyecto de Verdict (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>not a Verdict project (it has no project table)</source>
        <translation>no es un proyecto de Verdict (no tiene tabla project)</translation>
    </message>
    <message>
        <source>this project was written by a newer version of Verdict (schema %1; this version reads up to %2)</source>
        <translation>este proyecto lo escribió una versión más reciente de Verdict (esquema %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>error de base de datos: %1 (en: %2)</translation>
    </message>
    <message>
        <source>%1 (run by %2 as process %3 on %4, since %5)</source>
        <translation>%1 (ejecutado por %2 como proceso %3 en %4, desde %5)</translation>
    </message>
    <message>
        <source>the project is busy: another program is writing to it; gave up after waiting %1 s</source>
        <translation>el proyecto está ocupado: otro programa está escribiendo en él; se dejó de esperar tras %1 s</translation>
    </message>
    <message>
        <source>the project is busy: %1 is writing to it; gave up after waiting %2 s</source>
        <translation>el proyecto está ocupado: %1 está escribiendo en él; se dejó de esperar tras %2 s</translation>
    </message>
    <message>
        <source>database error: no statement was prepared</source>
        <translation>error de base de datos: no se preparó ninguna sentencia</translation>
    </message>
</context>
<context>
    <name>verdict::EngineHighlighter</name>
    <message>
        <source>%1, in process</source>
        <translation>%1, en el proceso</translation>
    </message>
</context>
<context>
    <name>verdict::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Dataset: everything, with lineage</source>
        <translation>Conjunto de datos: todo, con su procedencia</translation>
    </message>
    <message>
        <source>Annotations: work to send to the lead</source>
        <translation>Anotaciones: trabajo para enviar a la coordinación</translation>
    </message>
    <message>
        <source>Gold answers with their tasks</source>
        <translation>Respuestas de oro con sus tareas</translation>
    </message>
    <message>
        <source>Assignment: every task for one annotator</source>
        <translation>Asignación: todas las tareas para un anotador</translation>
    </message>
    <message>
        <source>Batch &amp;kind:</source>
        <translation>&amp;Tipo de lote:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>&amp;Whose work:</source>
        <translation>&amp;De quién:</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Todos los pares</translation>
    </message>
    <message>
        <source>Best against the rest</source>
        <translation>La mejor contra las demás</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>&amp;Pares:</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto plano</translation>
    </message>
    <message>
        <source>Conversational (messages)</source>
        <translation>Conversación (messages)</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>E&amp;stilo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>An assignment is for one person: choose whose it is.</source>
        <translation>Una asignación es para una persona: elija para quién.</translation>
    </message>
    <message>
        <source>The file appears whole when done, with a digest that every import checks.</source>
        <translation>El archivo aparece completo al terminar, con una suma de comprobación que cada importación verifica.</translation>
    </message>
    <message>
        <source>Only submitted work is exported; ties give no preference pair.</source>
        <translation>Solo se exporta el trabajo enviado; los empates no dan ningún par de preferencia.</translation>
    </message>
    <message>
        <source>What to write: a Verdict batch or a training-data file</source>
        <translation>Qué escribir: un lote de Verdict o un archivo de datos de entrenamiento</translation>
    </message>
    <message>
        <source>Which kind of batch to write</source>
        <translation>Qué tipo de lote escribir</translation>
    </message>
    <message>
        <source>Whose submitted work to write</source>
        <translation>De quién es el trabajo enviado que se escribe</translation>
    </message>
    <message>
        <source>Which preference pairs a ranking gives</source>
        <translation>Qué pares de preferencia da una clasificación</translation>
    </message>
    <message>
        <source>Prompts as plain text or as chat messages</source>
        <translation>Prompts como texto plano o como mensajes de chat</translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation>El archivo que escribir</translation>
    </message>
    <message>
        <source>Chooses where to save</source>
        <translation>Elige dónde guardar</translation>
    </message>
    <message>
        <source>Writes the file</source>
        <translation>Escribe el archivo</translation>
    </message>
    <message>
        <source>Closes without writing</source>
        <translation>Cierra sin escribir</translation>
    </message>
    <message>
        <source>Final a&amp;nswers: the lead&apos;s decisions, else consensus, with their sources</source>
        <translation>Respuestas definiti&amp;vas: las decisiones de la coordinación o, si no, el consenso, con su origen</translation>
    </message>
    <message>
        <source>Every task once: the lead&apos;s decision, else the gold answer, else the consensus of its annotators</source>
        <translation>Cada tarea una vez: la decisión de la coordinación o, si no, la respuesta de oro o, si no, el consenso de sus anotadores</translation>
    </message>
    <message>
        <source>Consensus rule</source>
        <translation>Regla de consenso</translation>
    </message>
    <message>
        <source>How many annotators must agree for an answer to become final</source>
        <translation>Cuántos anotadores deben coincidir para que una respuesta sea definitiva</translation>
    </message>
    <message>
        <source>Majority: more than half agree</source>
        <translation>Mayoría: coincide más de la mitad</translation>
    </message>
    <message>
        <source>Unanimous: everyone agrees</source>
        <translation>Unanimidad: coinciden todos</translation>
    </message>
    <message>
        <source>&amp;Consensus:</source>
        <translation>&amp;Consenso:</translation>
    </message>
    <message>
        <source>Every task once, with the source of each answer: an annotator, consensus or the lead.</source>
        <translation>Cada tarea una vez, con el origen de cada respuesta: un anotador, el consenso o la coordinación.</translation>
    </message>
</context>
<context>
    <name>verdict::FinalAnswers</name>
    <message>
        <source>annotations name rubric %1 version %2, which the project does not have</source>
        <translation>las anotaciones nombran la rúbrica %1 versión %2, que el proyecto no tiene</translation>
    </message>
</context>
<context>
    <name>verdict::FlagRow</name>
    <message>
        <source>Category…</source>
        <translation>Categoría…</translation>
    </message>
    <message>
        <source>Flag category</source>
        <translation>Categoría de la alerta</translation>
    </message>
    <message>
        <source>Severity…</source>
        <translation>Gravedad…</translation>
    </message>
    <message>
        <source>Flag severity</source>
        <translation>Gravedad de la alerta</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Ask a lead to review this response</source>
        <translation>Pedir a la coordinación que revise esta respuesta</translation>
    </message>
    <message>
        <source>Remove this flag</source>
        <translation>Quitar esta alerta</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Quitar alerta</translation>
    </message>
    <message>
        <source>One-line note: what is harmful</source>
        <translation>Nota de una línea: qué es dañino</translation>
    </message>
    <message>
        <source>Flag note</source>
        <translation>Nota de la alerta</translation>
    </message>
</context>
<context>
    <name>verdict::FlagsEditor</name>
    <message>
        <source>Add flag</source>
        <translation>Añadir alerta</translation>
    </message>
    <message>
        <source>Flag %1</source>
        <translation>Alerta %1</translation>
    </message>
    <message>
        <source>Add a safety flag (Ctrl+Shift+F flags the focused response)</source>
        <translation>Añadir una alerta de seguridad (Ctrl+Mayús+F alerta sobre la respuesta enfocada)</translation>
    </message>
</context>
<context>
    <name>verdict::GoldAccuracy</name>
    <message>
        <source>no rubric has a criterion &quot;%1&quot;</source>
        <translation>ninguna rúbrica tiene un criterio “%1”</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>verdict::GoldFeedbackDialog</name>
    <message>
        <source>Gold Answer for %1</source>
        <translation>Respuesta de oro de %1</translation>
    </message>
    <message>
        <source>Your answers and the gold answers</source>
        <translation>Sus respuestas y las respuestas de oro</translation>
    </message>
    <message>
        <source>One row per criterion: your answer, the gold answer and whether they match</source>
        <translation>Una fila por criterio: su respuesta, la respuesta de oro y si coinciden</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Gold answer</source>
        <translation>Respuesta de oro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>✓ Same</source>
        <translation>✓ Igual</translation>
    </message>
    <message>
        <source>✗ Different</source>
        <translation>✗ Distinta</translation>
    </message>
    <message>
        <source>✗ Not answered</source>
        <translation>✗ Sin responder</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The gold answer covers none of this rubric&apos;s criteria.</source>
        <translation>La respuesta de oro no cubre ninguno de los criterios de esta rúbrica.</translation>
    </message>
    <message numerus="yes">
        <source>You matched the gold answer on %1 of %n criteria.</source>
        <translation>
            <numerusform>Coincidió con la respuesta de oro en %1 de %n criterio.</numerusform>
            <numerusform>Coincidió con la respuesta de oro en %1 de %n criterios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the gold answer is what it is: %1</source>
        <translation>Por qué la respuesta de oro es la que es: %1</translation>
    </message>
    <message>
        <source>A calibration round: your answer is submitted as given; use what differs on the next tasks.</source>
        <translation>Una ronda de calibración: su respuesta se envía tal como la dio; aproveche lo que difiere en las próximas tareas.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue with the next task</source>
        <translation>Continuar con la siguiente tarea</translation>
    </message>
    <message>
        <source>Closes this comparison; your answer stays submitted</source>
        <translation>Cierra esta comparación; su respuesta sigue enviada</translation>
    </message>
</context>
<context>
    <name>verdict::GoldStore</name>
    <message>
        <source>no task with id %1</source>
        <translation>no hay ninguna tarea con el id %1</translation>
    </message>
    <message>
        <source>the gold answer of %1 is damaged in the project file</source>
        <translation>la respuesta de oro de %1 está dañada en el archivo del proyecto</translation>
    </message>
</context>
<context>
    <name>verdict::GuidancePane</name>
    <message>
        <source>Guidelines</source>
        <translation>Directrices</translation>
    </message>
    <message>
        <source>This rubric has no guidelines.</source>
        <translation>Esta rúbrica no tiene directrices.</translation>
    </message>
    <message>
        <source>The rubric&apos;s guidelines, at the section of the current criterion</source>
        <translation>Las directrices de la rúbrica, en la sección del criterio actual</translation>
    </message>
</context>
<context>
    <name>verdict::GuideWindow</name>
    <message>
        <source>Verdict User Guide</source>
        <translation>Guía de uso de Verdict</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the page read before</source>
        <translation>Volver a la página leída antes</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward to the page read after</source>
        <translation>Ir a la página leída después</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>The start of the user guide</source>
        <translation>El inicio de la guía de uso</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>The user guide; Tab moves between its links</source>
        <translation>La guía de uso; Tab pasa de un enlace a otro</translation>
    </message>
    <message>
        <source>The user guide (%1) was not found. Verdict looked in:

%2

It is installed with the verdict package; in a build tree it is copied there by the build.</source>
        <translation>No se encontró la guía de uso (%1). Verdict buscó en:

%2

Se instala con el paquete verdict; en un árbol de compilación, la compilación la copia allí.</translation>
    </message>
    <message>
        <source>Not opened (outside the guide): %1</source>
        <translation>No abierto (fuera de la guía): %1</translation>
    </message>
</context>
<context>
    <name>verdict::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>the file&apos;s own names, else the format&apos;s name</source>
        <translation>los nombres del propio archivo; si no, el nombre del formato</translation>
    </message>
    <message>
        <source>&amp;Credit answers to:</source>
        <translation>A&amp;tribuir las respuestas a:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Batches and datasets (*.jsonl *.json);;All files (*)</source>
        <translation>Lotes y conjuntos de datos (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Chooses files to add to the list</source>
        <translation>Elige archivos para añadir a la lista</translation>
    </message>
    <message>
        <source>Takes the selected files off the list</source>
        <translation>Quita de la lista los archivos seleccionados</translation>
    </message>
    <message>
        <source>The format of the files; by default told from the first record</source>
        <translation>El formato de los archivos; por defecto se deduce del primer registro</translation>
    </message>
    <message>
        <source>Imports every file in the list</source>
        <translation>Importa todos los archivos de la lista</translation>
    </message>
    <message>
        <source>Closes without importing</source>
        <translation>Cierra sin importar</translation>
    </message>
    <message>
        <source>A batch is imported whole or not at all. A file from another tool skips the records that cannot be imported; each is listed under Issues with its line and column, and nothing of it is kept. A file imported again changes nothing.</source>
        <translation>Un lote se importa entero o nada. De un archivo de otra herramienta se omiten los registros que no se pueden importar; cada uno aparece en Problemas con su línea y columna, y no se conserva nada de él. Un archivo importado de nuevo no cambia nada.</translation>
    </message>
    <message>
        <source>Each file is imported in one transaction</source>
        <translation>Cada archivo se importa en una transacción</translation>
    </message>
    <message>
        <source>Refuse a file at its first &amp;bad record</source>
        <translation>&amp;Rechazar todo el archivo ante el primer registro erróneo</translation>
    </message>
    <message>
        <source>Instead of skipping the records that cannot be imported, import nothing of a file that has one</source>
        <translation>En lugar de omitir los registros que no se pueden importar, no importar nada de un archivo que tenga alguno</translation>
    </message>
</context>
<context>
    <name>verdict::Importer</name>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>verdict::Interpretation</name>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>tentative only</source>
        <translation>solo provisional</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>poco fiable</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>pobre</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>considerable</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>casi perfecto</translation>
    </message>
    <message>
        <source>Krippendorff (2004): α ≥ 0.800 reliable; 0.667–0.800 tentative conclusions only; below 0.667 unreliable.</source>
        <translation>Krippendorff (2004): α ≥ 0.800 fiable; 0.667–0.800 solo conclusiones provisionales; por debajo de 0.667 poco fiable.</translation>
    </message>
    <message>
        <source>Landis and Koch (1977): ≤ 0.20 slight, ≤ 0.40 fair, ≤ 0.60 moderate, ≤ 0.80 substantial, above almost perfect.</source>
        <translation>Landis y Koch (1977): ≤ 0.20 leve, ≤ 0.40 aceptable, ≤ 0.60 moderado, ≤ 0.80 considerable, por encima casi perfecto.</translation>
    </message>
</context>
<context>
    <name>verdict::IssueModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>verdict::IssuesPanel</name>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Import and export issues</source>
        <translation>Problemas de importación y exportación</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Línea %1 de %2</translation>
    </message>
    <message>
        <source>Every problem of the last import or export with its file, line and column</source>
        <translation>Cada problema de la última importación o exportación con su archivo, línea y columna</translation>
    </message>
</context>
<context>
    <name>verdict::JsonFields</name>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>no puede contener caracteres de control</translation>
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
        <translation>Cola</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Directrices</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Abrir proyecto de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;Model Names</source>
        <translation>Mostrar nombres de &amp;modelo</translation>
    </message>
    <message>
        <source>Show &amp;Raw Text</source>
        <translation>Mostrar texto &amp;sin formato</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;Directrices</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>&amp;Rúbrica</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next Task</source>
        <translation>Tarea &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Task</source>
        <translation>Tarea &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Unfinished Task</source>
        <translation>Siguiente tarea sin &amp;terminar</translation>
    </message>
    <message>
        <source>&amp;Filter the Queue</source>
        <translation>&amp;Filtrar la cola</translation>
    </message>
    <message>
        <source>The &amp;Queue</source>
        <translation>La &amp;cola</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>The Ru&amp;bric</source>
        <translation>La rú&amp;brica</translation>
    </message>
    <message>
        <source>Next &amp;Criterion</source>
        <translation>Siguiente criter&amp;io</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Submit this task and go to the next unfinished one (Ctrl+Enter)</source>
        <translation>Enviar esta tarea e ir a la siguiente sin terminar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>&amp;Omitir…</translation>
    </message>
    <message>
        <source>Skip a task you cannot judge, with a reason (Ctrl+Shift+S)</source>
        <translation>Omitir una tarea que no puede juzgar, con un motivo (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>E&amp;scalar…</translation>
    </message>
    <message>
        <source>Send this task to a lead with a note (Ctrl+Shift+E)</source>
        <translation>Enviar esta tarea a la coordinación con una nota (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>&amp;Flag the Focused Response</source>
        <translation>&amp;Alertar sobre la respuesta enfocada</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Coordinación</translation>
    </message>
    <message>
        <source>Edit &amp;Rubric…</source>
        <translation>Editar la &amp;rúbrica…</translation>
    </message>
    <message>
        <source>&amp;Adjudicate…</source>
        <translation>&amp;Adjudicar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;About Verdict</source>
        <translation>A&amp;cerca de Verdict</translation>
    </message>
    <message>
        <source>%1 — Verdict</source>
        <translation>%1 — Verdict</translation>
    </message>
    <message>
        <source>This project has no published rubric: there is nothing to annotate yet.</source>
        <translation>Este proyecto no tiene ninguna rúbrica publicada: todavía no hay nada que anotar.</translation>
    </message>
    <message>
        <source>Your last change was not saved</source>
        <translation>Su último cambio no se guardó</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n thing(s) to finish (listed under the rubric)</source>
        <translation>
            <numerusform>No enviada: falta %n cosa por terminar (en la lista bajo la rúbrica)</numerusform>
            <numerusform>No enviada: faltan %n cosas por terminar (en la lista bajo la rúbrica)</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>%1 enviada</translation>
    </message>
    <message>
        <source>Skip Task</source>
        <translation>Omitir la tarea</translation>
    </message>
    <message>
        <source>Why can&apos;t you judge this task?</source>
        <translation>¿Por qué no puede juzgar esta tarea?</translation>
    </message>
    <message>
        <source>Escalate Task</source>
        <translation>Escalar la tarea</translation>
    </message>
    <message>
        <source>What should a lead look at?</source>
        <translation>¿Qué debería revisar la coordinación?</translation>
    </message>
    <message>
        <source>Pre&amp;vious Criterion</source>
        <translation>Criterio a&amp;nterior</translation>
    </message>
    <message>
        <source>the Verdict workbench</source>
        <translation>el banco de trabajo de Verdict</translation>
    </message>
</context>
<context>
    <name>verdict::MarkdownEditor</name>
    <message>
        <source>Markdown; the preview beside it shows how it renders</source>
        <translation>Markdown; la vista previa de al lado muestra cómo se ve</translation>
    </message>
    <message>
        <source>%1, preview</source>
        <translation>%1, vista previa</translation>
    </message>
    <message>
        <source>The Markdown rendered, with code highlighted</source>
        <translation>El Markdown representado, con el código resaltado</translation>
    </message>
</context>
<context>
    <name>verdict::MergeSpansCommand</name>
    <message>
        <source>Merge the spans of %1</source>
        <translation>Combinar los fragmentos de %1</translation>
    </message>
</context>
<context>
    <name>verdict::ModelComparison</name>
    <message>
        <source>the comparison is already per model; slice it by a task metadata key</source>
        <translation>la comparación ya es por modelo; desglósela por una clave de metadatos de las tareas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ranking criterion of the rubric</source>
        <translation>“%1” no es un criterio de clasificación de la rúbrica</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>verdict::MultiChoiceEditor</name>
    <message>
        <source>Response %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Tick or untick %1</source>
        <translation>Marcar o desmarcar %1</translation>
    </message>
</context>
<context>
    <name>verdict::OptionTable</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Subir la fila seleccionada</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Bajar la fila seleccionada</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Key press</source>
        <translation>Pulsación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>One row per entry; Tab moves between cells and typing edits one</source>
        <translation>Una fila por entrada; Tab pasa de una celda a otra y al escribir se edita</translation>
    </message>
</context>
<context>
    <name>verdict::PendingJournal</name>
    <message>
        <source>expected a time like 2026-11-22T10:00:00Z</source>
        <translation>se esperaba una hora como 2026-11-22T10:00:00Z</translation>
    </message>
    <message>
        <source>missing; expected the annotation or its active_seconds</source>
        <translation>falta; se esperaba la anotación o su active_seconds</translation>
    </message>
    <message>
        <source>expected a number of seconds, at least 0</source>
        <translation>se esperaba un número de segundos, como mínimo 0</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the last write was cut short when the program stopped, before it was reported saved; left out</source>
        <translation>la última escritura quedó interrumpida al detenerse el programa, antes de confirmarse como guardada; se omite</translation>
    </message>
    <message>
        <source>cannot be read back (%1); left out</source>
        <translation>no se puede volver a leer (%1); se omite</translation>
    </message>
    <message>
        <source>left where it is for now: a copy of the lines that cannot be read cannot be made</source>
        <translation>se deja donde está por ahora: no se puede hacer una copia de las líneas ilegibles</translation>
    </message>
    <message>
        <source>a copy with the lines that cannot be read is kept in %1</source>
        <translation>una copia con las líneas ilegibles se guarda en %1</translation>
    </message>
    <message>
        <source>cannot keep waiting writes beside the project: cannot create %1</source>
        <translation>no se pueden guardar las escrituras en espera junto al proyecto: no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot keep waiting writes beside the project: %1 other workbenches keep theirs there</source>
        <translation>no se pueden guardar las escrituras en espera junto al proyecto: otros %1 bancos de trabajo guardan allí las suyas</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>cannot remove: %1</source>
        <translation>no se puede eliminar: %1</translation>
    </message>
</context>
<context>
    <name>verdict::ProcessHighlighter</name>
    <message>
        <source>none (the highlighting program verdict-highlighter was not found)</source>
        <translation>ninguno (no se encontró el programa de resaltado verdict-highlighter)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>ninguno (%1)</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting, helper process</source>
        <translation>KSyntaxHighlighting, proceso auxiliar</translation>
    </message>
    <message>
        <source>%1, helper process</source>
        <translation>%1, proceso auxiliar</translation>
    </message>
    <message>
        <source>the highlighting program stopped</source>
        <translation>el programa de resaltado se detuvo</translation>
    </message>
    <message>
        <source>the highlighting program %1 could not be started: %2</source>
        <translation>no se pudo iniciar el programa de resaltado %1: %2</translation>
    </message>
    <message>
        <source>the highlighting program stopped before it was ready</source>
        <translation>el programa de resaltado se detuvo antes de estar listo</translation>
    </message>
    <message>
        <source>the highlighting program did not answer within %1 ms</source>
        <translation>el programa de resaltado no respondió en %1 ms</translation>
    </message>
    <message>
        <source>the highlighting program sent a malformed answer</source>
        <translation>el programa de resaltado envió una respuesta mal formada</translation>
    </message>
    <message>
        <source>the highlighting program did not answer for %1 ms</source>
        <translation>el programa de resaltado no respondió durante %1 ms</translation>
    </message>
</context>
<context>
    <name>verdict::Project</name>
    <message>
        <source>a project needs a name</source>
        <translation>un proyecto necesita un nombre</translation>
    </message>
    <message>
        <source>not a Verdict project (it has no project id)</source>
        <translation>no es un proyecto de Verdict (no tiene id de proyecto)</translation>
    </message>
    <message>
        <source>already exists; choose another name or open it instead</source>
        <translation>ya existe; elija otro nombre o ábralo</translation>
    </message>
    <message>
        <source>cannot finish the project file</source>
        <translation>no se puede terminar el archivo del proyecto</translation>
    </message>
</context>
<context>
    <name>verdict::ProjectOpener</name>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n change(s) (%1 submitted, skipped or escalated) that were waiting for the busy project when Verdict stopped; all are saved now.</source>
        <translation>
            <numerusform>Se ha recuperado %n cambio (%1 enviados, omitidos o escalados) que esperaba al proyecto ocupado cuando Verdict se detuvo; ya está todo guardado.</numerusform>
            <numerusform>Se han recuperado %n cambios (%1 enviados, omitidos o escalados) que esperaban al proyecto ocupado cuando Verdict se detuvo; ya está todo guardado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n change(s) (%1 submitted, skipped or escalated) that were waiting for the busy project when Verdict stopped; they are saved as soon as the project is free.</source>
        <translation>
            <numerusform>Se ha recuperado %n cambio (%1 enviados, omitidos o escalados) que esperaba al proyecto ocupado cuando Verdict se detuvo; se guardará en cuanto el proyecto quede libre.</numerusform>
            <numerusform>Se han recuperado %n cambios (%1 enviados, omitidos o escalados) que esperaban al proyecto ocupado cuando Verdict se detuvo; se guardarán en cuanto el proyecto quede libre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Waiting Changes Could Not Be Read Back</source>
        <translation>Algunos cambios en espera no se pudieron volver a leer</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>No se puede crear el proyecto de demostración</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Verdict projects (*.verdict)</source>
        <translation>Proyectos de Verdict (*.verdict)</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Nombre del proyecto:</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Verdict projects (*.verdict);;All files (*)</source>
        <translation>Proyectos de Verdict (*.verdict);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>¿Quién trabaja?</translation>
    </message>
    <message>
        <source>Your name, as it will appear on your annotations:</source>
        <translation>Su nombre, tal como aparecerá en sus anotaciones:</translation>
    </message>
    <message>
        <source>Cannot use this name</source>
        <translation>No se puede usar este nombre</translation>
    </message>
    <message>
        <source>Your name %1.</source>
        <translation>Su nombre %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1.

%n change(s) wait for it. They are kept beside the project and saved the next time you open it in Verdict. Close now, or wait for the project to be free?</source>
        <translation>
            <numerusform>%1.

%n cambio lo espera. Se guarda junto al proyecto y se incorporará la próxima vez que lo abra en Verdict. ¿Cerrar ahora o esperar a que el proyecto quede libre?</numerusform>
            <numerusform>%1.

%n cambios lo esperan. Se guardan junto al proyecto y se incorporarán la próxima vez que lo abra en Verdict. ¿Cerrar ahora o esperar a que el proyecto quede libre?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1.

%n change(s) wait for it. They are kept beside the project and saved the next time you open it in Verdict. Open %2 now, or wait for the project to be free?</source>
        <translation>
            <numerusform>%1.

%n cambio lo espera. Se guarda junto al proyecto y se incorporará la próxima vez que lo abra en Verdict. ¿Abrir %2 ahora o esperar a que el proyecto quede libre?</numerusform>
            <numerusform>%1.

%n cambios lo esperan. Se guardan junto al proyecto y se incorporarán la próxima vez que lo abra en Verdict. ¿Abrir %2 ahora o esperar a que el proyecto quede libre?</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Are Waiting</source>
        <translation>Hay cambios en espera</translation>
    </message>
    <message>
        <source>Close Now</source>
        <translation>Cerrar ahora</translation>
    </message>
    <message>
        <source>Open Now</source>
        <translation>Abrir ahora</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Esperar</translation>
    </message>
</context>
<context>
    <name>verdict::PromoteGoldCommand</name>
    <message>
        <source>Promote %1 to gold</source>
        <translation>Convertir %1 en oro</translation>
    </message>
</context>
<context>
    <name>verdict::QualityCharts</name>
    <message>
        <source> (severity)</source>
        <translation> (gravedad)</translation>
    </message>
</context>
<context>
    <name>verdict::QualityDashboard</name>
    <message>
        <source>Quality — %1</source>
        <translation>Calidad — %1</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>No calculado: %1</translation>
    </message>
    <message>
        <source>Quality &amp;Dashboard…</source>
        <translation>Panel de &amp;calidad…</translation>
    </message>
    <message>
        <source>Quality Dashboard</source>
        <translation>Panel de calidad</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Rubric version</source>
        <translation>Versión de la rúbrica</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Todas las versiones</translation>
    </message>
    <message>
        <source>&amp;Rubric version:</source>
        <translation>Versión de la &amp;rúbrica:</translation>
    </message>
    <message>
        <source>Slice by</source>
        <translation>Desglosar por</translation>
    </message>
    <message>
        <source>No slices</source>
        <translation>Sin desglose</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Slice by:</source>
        <translation>De&amp;sglosar por:</translation>
    </message>
    <message>
        <source>Criterion followed over time</source>
        <translation>Criterio seguido en el tiempo</translation>
    </message>
    <message>
        <source>First rating</source>
        <translation>Primera valoración</translation>
    </message>
    <message>
        <source>&amp;Follow:</source>
        <translation>Se&amp;guir:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Acuerdo por criterio</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Acuerdo</translation>
    </message>
    <message>
        <source>Gold accuracy per annotator</source>
        <translation>Precisión frente al oro por anotador</translation>
    </message>
    <message>
        <source>&amp;Gold Accuracy</source>
        <translation>Precisión frente al &amp;oro</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Anotadores</translation>
    </message>
    <message>
        <source>A&amp;nnotators</source>
        <translation>A&amp;notadores</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By batch</source>
        <translation>Por lote</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Tendencias</translation>
    </message>
    <message>
        <source>&amp;Disagreement</source>
        <translation>&amp;Desacuerdo</translation>
    </message>
    <message>
        <source>Model pairs</source>
        <translation>Pares de modelos</translation>
    </message>
    <message>
        <source>Model strengths</source>
        <translation>Fuerza de los modelos</translation>
    </message>
    <message>
        <source>Failure and safety rates</source>
        <translation>Tasas de fallos y de seguridad</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>Computing agreement, gold accuracy and model comparison…</source>
        <translation>Calculando acuerdo, precisión frente al oro y comparación de modelos…</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>%1 annotators, %2 submitted annotations. Computed %3.</source>
        <translation>%1 anotadores, %2 anotaciones enviadas. Calculado %3.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacta</translation>
    </message>
    <message>
        <source>Within one</source>
        <translation>A uno como máximo</translation>
    </message>
    <message>
        <source>Mean abs. error</source>
        <translation>Error abs. medio</translation>
    </message>
    <message>
        <source>Pairs as gold</source>
        <translation>Pares como el oro</translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation>F1 de fragmentos</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horas activas</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Tiempo mediano (s)</translation>
    </message>
    <message>
        <source>Skip rate [95% CI]</source>
        <translation>Tasa de omisión [IC 95 %]</translation>
    </message>
    <message>
        <source>Escalation rate [95% CI]</source>
        <translation>Tasa de escalado [IC 95 %]</translation>
    </message>
    <message>
        <source>No rating, choice or ranking criterion to show disagreement for.</source>
        <translation>No hay ningún criterio de valoración, elección o clasificación para mostrar el desacuerdo.</translation>
    </message>
    <message>
        <source>Pairable %1, on &quot;%2&quot;. Choose another criterion with Follow.</source>
        <translation>Emparejables: %1, en “%2”. Elija otro criterio con Seguir.</translation>
    </message>
    <message>
        <source>The rubric has no ranking criterion: no preferences to compare.</source>
        <translation>La rúbrica no tiene ningún criterio de clasificación: no hay preferencias que comparar.</translation>
    </message>
    <message>
        <source>Preferences from &quot;%1&quot;. Rates with 95% Wilson intervals; Bradley–Terry strengths (ties count half) with 95% percentile intervals from %2 bootstrap replicates over tasks (seed %3).</source>
        <translation>Preferencias de “%1”. Tasas con intervalos de Wilson del 95 %; fuerzas Bradley–Terry (los empates cuentan la mitad) con intervalos de percentiles del 95 % a partir de %2 réplicas bootstrap sobre tareas (semilla %3).</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modelo A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modelo B</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Juicios</translation>
    </message>
    <message>
        <source>A preferred</source>
        <translation>A preferido</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>B preferred</source>
        <translation>B preferido</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaciones</translation>
    </message>
    <message>
        <source>Label or flag</source>
        <translation>Etiqueta o alerta</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcadas</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Juzgadas</translation>
    </message>
    <message>
        <source>Rate [95% CI]</source>
        <translation>Tasa [IC 95 %]</translation>
    </message>
    <message>
        <source>Quality by week</source>
        <translation>Calidad por semana</translation>
    </message>
    <message>
        <source>Quality by batch</source>
        <translation>Calidad por lote</translation>
    </message>
    <message>
        <source>Work finished by week</source>
        <translation>Trabajo terminado por semana</translation>
    </message>
    <message>
        <source>Work finished by batch</source>
        <translation>Trabajo terminado por lote</translation>
    </message>
    <message>
        <source>No rating, choice or ranking criterion to follow.</source>
        <translation>No hay ningún criterio de valoración, elección o clasificación que seguir.</translation>
    </message>
    <message>
        <source>α and gold accuracy follow &quot;%1&quot;. A unit counts in the week of its last annotation, and in every batch that contributed to it.</source>
        <translation>α y la precisión frente al oro siguen a “%1”. Una unidad cuenta en la semana de su última anotación y en cada lote que contribuyó a ella.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Gold exact</source>
        <translation>Oro exacta</translation>
    </message>
    <message>
        <source>nothing to export yet</source>
        <translation>todavía no hay nada que exportar</translation>
    </message>
    <message>
        <source>Export Quality Report</source>
        <translation>Exportar el informe de calidad</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>Documento PDF (*.pdf);;Página HTML (*.html)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>No se puede exportar el informe</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>The figures of the chart beside it, as a table</source>
        <translation>Las cifras del gráfico de al lado, como tabla</translation>
    </message>
    <message>
        <source>Counts only annotations made under this rubric version</source>
        <translation>Cuenta solo las anotaciones hechas con esta versión de la rúbrica</translation>
    </message>
    <message>
        <source>Reports each value of this task metadata key separately</source>
        <translation>Informa por separado de cada valor de esta clave de metadatos de las tareas</translation>
    </message>
    <message>
        <source>The criterion whose agreement the trends and disagreement follow</source>
        <translation>El criterio cuyo acuerdo siguen las tendencias y el desacuerdo</translation>
    </message>
    <message>
        <source>Stops computing the figures</source>
        <translation>Detiene el cálculo de las cifras</translation>
    </message>
    <message>
        <source>Trends by week or by batch</source>
        <translation>Tendencias por semana o por lote</translation>
    </message>
</context>
<context>
    <name>verdict::QualityReport</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>units by the spread of their ratings (highest minus lowest)</source>
        <translation>unidades según la dispersión de sus valoraciones (la más alta menos la más baja)</translation>
    </message>
    <message>
        <source>units by whether their raters were unanimous, had a majority, or split</source>
        <translation>unidades según si sus evaluadores fueron unánimes, tuvieron mayoría o se dividieron</translation>
    </message>
    <message>
        <source>unanimous</source>
        <translation>unánime</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>mayoría</translation>
    </message>
    <message>
        <source>split</source>
        <translation>dividida</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
</context>
<context>
    <name>verdict::QueueModel</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n response(s)</source>
        <translation>
            <numerusform>%1: %2, %n respuesta</numerusform>
            <numerusform>%1: %2, %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1, %2: %3</source>
        <translation>Tarea %1, %2: %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
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
        <translation>Mostrar las tareas que están</translation>
    </message>
    <message>
        <source>Shows only the tasks with this status</source>
        <translation>Muestra solo las tareas con este estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Filter by id or prompt</source>
        <translation>Filtrar por id o prompt</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Filtro de la cola</translation>
    </message>
    <message>
        <source>Shows only the tasks whose id or prompt holds this text (Ctrl+F)</source>
        <translation>Muestra solo las tareas cuyo id o prompt contiene este texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Task queue</source>
        <translation>Cola de tareas</translation>
    </message>
    <message>
        <source>Every task with your status; the arrow keys move and the selected task opens</source>
        <translation>Cada tarea con su estado; las flechas se mueven y la tarea seleccionada se abre</translation>
    </message>
    <message>
        <source>%1 of %2 shown · %3 done · %4 drafts</source>
        <translation>%1 de %2 mostradas · %3 hechas · %4 borradores</translation>
    </message>
    <message>
        <source> · %1 skipped</source>
        <translation> · %1 omitidas</translation>
    </message>
    <message>
        <source> · %1 escalated</source>
        <translation> · %1 escaladas</translation>
    </message>
</context>
<context>
    <name>verdict::RankingEditor</name>
    <message>
        <source>1–9 place the focused response · = ties it with the one above · 0 unranks · drag onto a response to tie</source>
        <translation>1–9 coloca la respuesta enfocada · = la empata con la de arriba · 0 la saca · arrastre sobre una respuesta para empatar</translation>
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation>Aún sin clasificar</translation>
    </message>
    <message>
        <source>The responses, best first; 1 to 9 place the focused one, = ties it, 0 unranks it</source>
        <translation>Las respuestas, la mejor primero; 1 a 9 colocan la enfocada, = la empata, 0 la saca</translation>
    </message>
    <message>
        <source>In a response or the ranking</source>
        <translation>En una respuesta o en la clasificación</translation>
    </message>
    <message>
        <source>Rank the response at place %1</source>
        <translation>Colocar la respuesta en el puesto %1</translation>
    </message>
    <message>
        <source>Tie with the response above, or untie</source>
        <translation>Empatar con la respuesta de arriba, o deshacer el empate</translation>
    </message>
    <message>
        <source>Take the response out of the ranking</source>
        <translation>Sacar la respuesta de la clasificación</translation>
    </message>
</context>
<context>
    <name>verdict::RankingModel</name>
    <message>
        <source>–    Response %1  (not ranked)</source>
        <translation>–    Respuesta %1  (sin clasificar)</translation>
    </message>
    <message>
        <source>%1=  Response %2</source>
        <translation>%1=  Respuesta %2</translation>
    </message>
    <message>
        <source>%1    Response %2</source>
        <translation>%1    Respuesta %2</translation>
    </message>
    <message>
        <source>Response %1, not ranked</source>
        <translation>Respuesta %1, sin clasificar</translation>
    </message>
    <message>
        <source>Response %1, place %2</source>
        <translation>Respuesta %1, puesto %2</translation>
    </message>
</context>
<context>
    <name>verdict::RatingEditor</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>verdict::RelabelSpanCommand</name>
    <message>
        <source>Change span label</source>
        <translation>Cambiar la etiqueta del fragmento</translation>
    </message>
</context>
<context>
    <name>verdict::RemoveSpanCommand</name>
    <message>
        <source>Remove span</source>
        <translation>Quitar el fragmento</translation>
    </message>
</context>
<context>
    <name>verdict::ResponseRow</name>
    <message>
        <source>Response %1</source>
        <translation>Respuesta %1</translation>
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
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Every saved revision, newest last, with its author and time</source>
        <translation>Cada revisión guardada, la más reciente al final, con su autor y hora</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>Comparar desde la revisión</translation>
    </message>
    <message>
        <source>The earlier revision shown on the left</source>
        <translation>La revisión anterior, que se muestra a la izquierda</translation>
    </message>
    <message>
        <source>Compare to revision</source>
        <translation>Comparar con la revisión</translation>
    </message>
    <message>
        <source>The later revision shown on the right</source>
        <translation>La revisión posterior, que se muestra a la derecha</translation>
    </message>
    <message>
        <source>Compare &amp;revision</source>
        <translation>Comparar la re&amp;visión</translation>
    </message>
    <message>
        <source>wi&amp;th</source>
        <translation>&amp;con</translation>
    </message>
    <message>
        <source>Earlier revision</source>
        <translation>Revisión anterior</translation>
    </message>
    <message>
        <source>The earlier revision, with removed text marked</source>
        <translation>La revisión anterior, con el texto eliminado marcado</translation>
    </message>
    <message>
        <source>Later revision</source>
        <translation>Revisión posterior</translation>
    </message>
    <message>
        <source>The later revision, with added text marked</source>
        <translation>La revisión posterior, con el texto añadido marcado</translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3</source>
        <translation>Revisión %1 — %2, %3</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Not saved yet: every save is kept as a revision.</source>
        <translation>Aún sin guardar: cada vez que se guarda se conserva como revisión.</translation>
    </message>
    <message>
        <source>Revision %1 as saved by %2.</source>
        <translation>Revisión %1 tal como la guardó %2.</translation>
    </message>
    <message>
        <source>Revision %1 (left) against revision %2 (right): %3 passages removed, %4 added.</source>
        <translation>Revisión %1 (izquierda) frente a la revisión %2 (derecha): %3 pasajes eliminados, %4 añadidos.</translation>
    </message>
</context>
<context>
    <name>verdict::RewriteEditor</name>
    <message>
        <source>Start from</source>
        <translation>Empezar desde</translation>
    </message>
    <message>
        <source>Start the rewrite from</source>
        <translation>Empezar la reescritura desde</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Replace the text with the chosen response (undo brings it back)</source>
        <translation>Reemplazar el texto por la respuesta elegida (deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Mostrar cambios</translation>
    </message>
    <message>
        <source>Show the rewrite against the response it started from (Ctrl+D)</source>
        <translation>Mostrar la reescritura frente a la respuesta de partida (Ctrl+D)</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Optional. Start from the best response and fix it.</source>
        <translation>Opcional. Empiece por la mejor respuesta y corríjala.</translation>
    </message>
    <message>
        <source>Changes against the response</source>
        <translation>Cambios frente a la respuesta</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>En blanco</translation>
    </message>
    <message>
        <source>The response the ideal response starts from</source>
        <translation>La respuesta de la que parte la respuesta ideal</translation>
    </message>
    <message>
        <source>Your ideal response; Ctrl+D shows its changes against the response it started from</source>
        <translation>Su respuesta ideal; Ctrl+D muestra sus cambios frente a la respuesta de partida</translation>
    </message>
    <message>
        <source>What the ideal response changed: deletions struck through, insertions marked</source>
        <translation>Qué cambió la respuesta ideal: lo borrado tachado, lo insertado marcado</translation>
    </message>
</context>
<context>
    <name>verdict::RubricEditor</name>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Elección múltiple</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Alertas de seguridad</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescritura</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Rubric Editor</source>
        <translation>Editor de rúbricas</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>Rúbrica nueva</translation>
    </message>
    <message>
        <source>Overall preference</source>
        <translation>Preferencia general</translation>
    </message>
    <message>
        <source>Rubric id</source>
        <translation>Id de la rúbrica</translation>
    </message>
    <message>
        <source>Rubric title</source>
        <translation>Título de la rúbrica</translation>
    </message>
    <message>
        <source>Rubric &amp;id:</source>
        <translation>&amp;Id de la rúbrica:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add a criterion of a chosen kind</source>
        <translation>Añadir un criterio del tipo elegido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Criterion key</source>
        <translation>Clave del criterio</translation>
    </message>
    <message>
        <source>Criterion kind</source>
        <translation>Tipo de criterio</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>La tarea</translation>
    </message>
    <message>
        <source>Each response</source>
        <translation>Cada respuesta</translation>
    </message>
    <message>
        <source>Criterion title</source>
        <translation>Título del criterio</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Markdown shown beside the editor while annotating</source>
        <translation>Markdown que se muestra junto al editor al anotar</translation>
    </message>
    <message>
        <source>&amp;Required to submit</source>
        <translation>&amp;Obligatorio para enviar</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Clav&amp;e:</translation>
    </message>
    <message>
        <source>Ki&amp;nd:</source>
        <translation>C&amp;lase:</translation>
    </message>
    <message>
        <source>Applies t&amp;o:</source>
        <translation>&amp;Se aplica a:</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>O&amp;rientación:</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Criterios</translation>
    </message>
    <message>
        <source>Guidelines (Markdown)</source>
        <translation>Directrices (Markdown)</translation>
    </message>
    <message>
        <source>Guidelines preview</source>
        <translation>Vista previa de las directrices</translation>
    </message>
    <message>
        <source>G&amp;uidelines</source>
        <translation>&amp;Directrices</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Comparar desde la versión</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Comparar con la versión</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versiones</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Lowest point</source>
        <translation>Punto más bajo</translation>
    </message>
    <message>
        <source>Highest point</source>
        <translation>Punto más alto</translation>
    </message>
    <message>
        <source>Anchor text for each point</source>
        <translation>Texto de anclaje para cada punto</translation>
    </message>
    <message>
        <source>&amp;Lowest:</source>
        <translation>Más &amp;bajo:</translation>
    </message>
    <message>
        <source>&amp;Highest:</source>
        <translation>&amp;Más alto:</translation>
    </message>
    <message>
        <source>Anchors:</source>
        <translation>Anclajes:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Span labels</source>
        <translation>Etiquetas de fragmentos</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Safety categories</source>
        <translation>Categorías de seguridad</translation>
    </message>
    <message>
        <source>Severities, least severe first</source>
        <translation>Niveles de gravedad, el menos grave primero</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <source>Severities:</source>
        <translation>Niveles de gravedad:</translation>
    </message>
    <message>
        <source>Minimum length in characters</source>
        <translation>Longitud mínima en caracteres</translation>
    </message>
    <message>
        <source>&amp;Minimum length:</source>
        <translation>Lo&amp;ngitud mínima:</translation>
    </message>
    <message>
        <source>Trainers order the responses, best first; ties are allowed.</source>
        <translation>Los entrenadores ordenan las respuestas, la mejor primero; se permiten empates.</translation>
    </message>
    <message>
        <source>Trainers write an ideal response, starting from one of the responses.</source>
        <translation>Los entrenadores escriben una respuesta ideal a partir de una de las respuestas.</translation>
    </message>
    <message>
        <source>Valid. Edits are kept as the draft of %1 as you make them.</source>
        <translation>Válida. Los cambios se guardan como borrador de %1 a medida que los hace.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Draft of %1, version %2: saved</source>
        <translation>Borrador de %1, versión %2: guardado</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>No se puede publicar</translation>
    </message>
    <message>
        <source>Published %1 version %2</source>
        <translation>Publicada %1 versión %2</translation>
    </message>
    <message>
        <source>Unchanged: version %1 already has this content</source>
        <translation>Sin cambios: la versión %1 ya tiene este contenido</translation>
    </message>
    <message>
        <source>Publish Rubric</source>
        <translation>Publicar la rúbrica</translation>
    </message>
    <message>
        <source>What changed in this version (kept with it):</source>
        <translation>Qué cambió en esta versión (se guarda con ella):</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
    <message>
        <source>Draft (version %1)</source>
        <translation>Borrador (versión %1)</translation>
    </message>
    <message>
        <source>This draft</source>
        <translation>Este borrador</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; published versions keep it</source>
        <translation>Minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;; las versiones publicadas lo conservan</translation>
    </message>
    <message>
        <source>The title trainers see</source>
        <translation>El título que ven los entrenadores</translation>
    </message>
    <message>
        <source>The criteria in the order trainers answer them</source>
        <translation>Los criterios en el orden en que los responden los entrenadores</translation>
    </message>
    <message>
        <source>Removes the selected criterion</source>
        <translation>Quita el criterio seleccionado</translation>
    </message>
    <message>
        <source>Moves the selected criterion up</source>
        <translation>Sube el criterio seleccionado</translation>
    </message>
    <message>
        <source>Moves the selected criterion down</source>
        <translation>Baja el criterio seleccionado</translation>
    </message>
    <message>
        <source>The criterion&apos;s key in answers and exports</source>
        <translation>La clave del criterio en las respuestas y exportaciones</translation>
    </message>
    <message>
        <source>What kind of answer the criterion asks for</source>
        <translation>Qué tipo de respuesta pide el criterio</translation>
    </message>
    <message>
        <source>Answered once for the task, or once for each response</source>
        <translation>Se responde una vez por tarea o una vez por cada respuesta</translation>
    </message>
    <message>
        <source>The title trainers see above the criterion</source>
        <translation>El título que ven los entrenadores encima del criterio</translation>
    </message>
    <message>
        <source>A task cannot be submitted without this answer</source>
        <translation>Una tarea no puede enviarse sin esta respuesta</translation>
    </message>
    <message>
        <source>The rubric&apos;s guidelines, written in Markdown</source>
        <translation>Las directrices de la rúbrica, escritas en Markdown</translation>
    </message>
    <message>
        <source>The guidelines as trainers will see them</source>
        <translation>Las directrices tal como las verán los entrenadores</translation>
    </message>
    <message>
        <source>The older version of the two compared</source>
        <translation>La más antigua de las dos versiones comparadas</translation>
    </message>
    <message>
        <source>The newer version of the two compared</source>
        <translation>La más reciente de las dos versiones comparadas</translation>
    </message>
    <message>
        <source>What changed between the two versions</source>
        <translation>Qué cambió entre las dos versiones</translation>
    </message>
    <message>
        <source>Keeps the draft (Ctrl+S)</source>
        <translation>Guarda el borrador (Ctrl+S)</translation>
    </message>
    <message>
        <source>Publishes the draft as the next version (Ctrl+Shift+P)</source>
        <translation>Publica el borrador como la siguiente versión (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Closes the editor; the draft is kept</source>
        <translation>Cierra el editor; el borrador se conserva</translation>
    </message>
    <message>
        <source>The lowest score of the scale</source>
        <translation>La puntuación más baja de la escala</translation>
    </message>
    <message>
        <source>The highest score of the scale</source>
        <translation>La puntuación más alta de la escala</translation>
    </message>
    <message>
        <source>An answer shorter than this cannot be submitted</source>
        <translation>Una respuesta más corta no puede enviarse</translation>
    </message>
    <message>
        <source>Ta&amp;xonomies</source>
        <translation>Ta&amp;xonomías</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Edit the rubric id</source>
        <translation>Editar el identificador de la rúbrica</translation>
    </message>
    <message>
        <source>Edit the rubric title</source>
        <translation>Editar el título de la rúbrica</translation>
    </message>
    <message>
        <source>Edit the criterion key</source>
        <translation>Editar la clave del criterio</translation>
    </message>
    <message>
        <source>Edit the criterion title</source>
        <translation>Editar el título del criterio</translation>
    </message>
    <message>
        <source>Edit the guidance</source>
        <translation>Editar la orientación</translation>
    </message>
    <message>
        <source>Edit the guidelines</source>
        <translation>Editar las directrices</translation>
    </message>
    <message>
        <source>Change the kind of the criterion</source>
        <translation>Cambiar el tipo del criterio</translation>
    </message>
    <message>
        <source>Change what the criterion applies to</source>
        <translation>Cambiar a qué se aplica el criterio</translation>
    </message>
    <message>
        <source>Change whether the criterion is required</source>
        <translation>Cambiar si el criterio es obligatorio</translation>
    </message>
    <message>
        <source>Change the scale</source>
        <translation>Cambiar la escala</translation>
    </message>
    <message>
        <source>Change the minimum length</source>
        <translation>Cambiar la longitud mínima</translation>
    </message>
    <message>
        <source>Edit the anchors</source>
        <translation>Editar los anclajes</translation>
    </message>
    <message>
        <source>Edit the options</source>
        <translation>Editar las opciones</translation>
    </message>
    <message>
        <source>Edit the span labels</source>
        <translation>Editar las etiquetas de fragmentos</translation>
    </message>
    <message>
        <source>Edit the safety categories</source>
        <translation>Editar las categorías de seguridad</translation>
    </message>
    <message>
        <source>Edit the severities</source>
        <translation>Editar los niveles de gravedad</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Añadir un criterio</translation>
    </message>
    <message>
        <source>Remove a criterion</source>
        <translation>Quitar un criterio</translation>
    </message>
    <message>
        <source>Move a criterion</source>
        <translation>Mover un criterio</translation>
    </message>
</context>
<context>
    <name>verdict::RubricPanel</name>
    <message>
        <source>%1: not answered</source>
        <translation>%1: sin responder</translation>
    </message>
    <message>
        <source>%1: not answered for response %2</source>
        <translation>%1: sin responder para la respuesta %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, response %2: %3</source>
        <translation>%1, respuesta %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted. %n thing(s) to finish:</source>
        <translation>
            <numerusform>No enviada. Falta %n cosa por terminar:</numerusform>
            <numerusform>No enviada. Faltan %n cosas por terminar:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdict::RubricStore</name>
    <message>
        <source>rubric %1 version %2 is damaged in the project file: %3</source>
        <translation>la rúbrica %1 versión %2 está dañada en el archivo del proyecto: %3</translation>
    </message>
    <message>
        <source>version %1 of rubric %2 is already published with other content; published versions never change, so publish this as version %3</source>
        <translation>la versión %1 de la rúbrica %2 ya está publicada con otro contenido; las versiones publicadas nunca cambian, así que publique esto como versión %3</translation>
    </message>
    <message>
        <source>rubric %1 can only be published as version %2 next, not %3</source>
        <translation>la rúbrica %1 solo puede publicarse ahora como versión %2, no %3</translation>
    </message>
    <message>
        <source>rubric %1 has an unpublished draft of version %2 here; publish or discard it first</source>
        <translation>la rúbrica %1 tiene aquí un borrador sin publicar de la versión %2; publíquelo o descártelo primero</translation>
    </message>
    <message>
        <source>version %1 of rubric %2 is already published here with other content; published versions never change</source>
        <translation>la versión %1 de la rúbrica %2 ya está publicada aquí con otro contenido; las versiones publicadas nunca cambian</translation>
    </message>
</context>
<context>
    <name>verdict::SaveQueue</name>
    <message>
        <source>The project is busy: another program is writing to it</source>
        <translation>El proyecto está ocupado: otro programa está escribiendo en él</translation>
    </message>
    <message>
        <source>The project is busy: %1 is writing to it</source>
        <translation>El proyecto está ocupado: %1 está escribiendo en él</translation>
    </message>
    <message>
        <source>The project is busy</source>
        <translation>El proyecto está ocupado</translation>
    </message>
    <message>
        <source>%1, and the change cannot be kept until it is free: %2</source>
        <translation>%1, y el cambio no se puede guardar hasta que quede libre: %2</translation>
    </message>
</context>
<context>
    <name>verdict::SetRankingCommand</name>
    <message>
        <source>Rank responses</source>
        <translation>Clasificar respuestas</translation>
    </message>
</context>
<context>
    <name>verdict::SetTextCommand</name>
    <message>
        <source>Type text</source>
        <translation>Escribir texto</translation>
    </message>
</context>
<context>
    <name>verdict::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your name as it is recorded on every annotation you make</source>
        <translation>Su nombre tal como se registra en cada anotación que hace</translation>
    </message>
    <message>
        <source>For example kim</source>
        <translation>Por ejemplo kim</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>The colours of every window</source>
        <translation>Los colores de todas las ventanas</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The size of text in every window, in points</source>
        <translation>El tamaño del texto en todas las ventanas, en puntos</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Tamaño de &amp;letra:</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>The language of the interface; it changes when Verdict starts again</source>
        <translation>El idioma de la interfaz; cambia cuando Verdict se vuelve a iniciar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when Verdict is started again.</source>
        <translation>Un idioma nuevo se aplica cuando Verdict se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Keep these settings and close</source>
        <translation>Guardar esta configuración y cerrar</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Guardar esta configuración</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
</context>
<context>
    <name>verdict::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut of the window, by where it works</source>
        <translation>Todos los atajos de la ventana, según dónde funcionan</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
</context>
<context>
    <name>verdict::SpanEditor</name>
    <message>
        <source>Tagged spans</source>
        <translation>Fragmentos etiquetados</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Etiquetar como %1</translation>
    </message>
    <message>
        <source>Every tagged span with its response, label and text; Enter shows one, Delete removes it</source>
        <translation>Cada fragmento etiquetado con su respuesta, etiqueta y texto; Intro lo muestra, Supr lo quita</translation>
    </message>
    <message>
        <source>Remove the current span</source>
        <translation>Quitar el fragmento actual</translation>
    </message>
    <message>
        <source>In a response or the span list</source>
        <translation>En una respuesta o en la lista de fragmentos</translation>
    </message>
    <message>
        <source>In a response: tag the selection</source>
        <translation>En una respuesta: etiquetar la selección</translation>
    </message>
    <message>
        <source>Tagged %1 in response %2</source>
        <translation>%1 etiquetado en la respuesta %2</translation>
    </message>
    <message>
        <source>Select text in a response first (Shift+arrows or the mouse)</source>
        <translation>Seleccione primero texto en una respuesta (Mayús+flechas o el ratón)</translation>
    </message>
</context>
<context>
    <name>verdict::SpanListModel</name>
    <message>
        <source>%1 · %2 · “%3”</source>
        <translation>%1 · %2 · “%3”</translation>
    </message>
</context>
<context>
    <name>verdict::TaskStore</name>
    <message>
        <source>a task with id %1 already exists</source>
        <translation>ya existe una tarea con el id %1</translation>
    </message>
    <message>
        <source>task %1 is damaged in the project file: %2</source>
        <translation>la tarea %1 está dañada en el archivo del proyecto: %2</translation>
    </message>
    <message>
        <source>task %1 is damaged in the project file: its context or responses do not have the stored shape</source>
        <translation>la tarea %1 está dañada en el archivo del proyecto: su contexto o sus respuestas no tienen la forma con la que se guardan</translation>
    </message>
</context>
<context>
    <name>verdict::TaskView</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tarea %1</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>Response %1 — %2</source>
        <translation>Respuesta %1 — %2</translation>
    </message>
    <message>
        <source>The conversation the responses answer, read only</source>
        <translation>La conversación a la que contestan las respuestas, solo lectura</translation>
    </message>
    <message>
        <source>Shift and the arrow keys select text to tag; 1 to 9 rank the response</source>
        <translation>Mayús y las flechas seleccionan texto para etiquetar; 1 a 9 clasifican la respuesta</translation>
    </message>
    <message>
        <source>Earlier turns of response %1</source>
        <translation>Turnos anteriores de la respuesta %1</translation>
    </message>
    <message>
        <source>Final reply of response %1</source>
        <translation>Último turno de la respuesta %1</translation>
    </message>
    <message>
        <source>Response %1, earlier turns</source>
        <translation>Respuesta %1, turnos anteriores</translation>
    </message>
    <message>
        <source>The turns this response carries before its final reply, read only</source>
        <translation>Los turnos que esta respuesta lleva antes de su último turno, solo lectura</translation>
    </message>
</context>
<context>
    <name>verdict::TaxonomyEditor</name>
    <message>
        <source>Taxonomies of authored tasks</source>
        <translation>Taxonomías de las tareas redactadas</translation>
    </message>
    <message>
        <source>Taxonomies</source>
        <translation>Taxonomías</translation>
    </message>
    <message>
        <source>The taxonomies authors tag their tasks with; choose one to edit it</source>
        <translation>Las taxonomías con las que los autores etiquetan sus tareas; elija una para editarla</translation>
    </message>
    <message>
        <source>Add Taxonom&amp;y</source>
        <translation>Añadir tax&amp;onomía</translation>
    </message>
    <message>
        <source>Remove Taxonomy</source>
        <translation>Quitar la taxonomía</translation>
    </message>
    <message>
        <source>Adds an empty taxonomy to fill in on the right</source>
        <translation>Añade una taxonomía vacía para rellenarla a la derecha</translation>
    </message>
    <message>
        <source>Removes the chosen taxonomy from the draft rubric</source>
        <translation>Quita la taxonomía elegida del borrador de la rúbrica</translation>
    </message>
    <message>
        <source>Authors tag SFT examples with domain, intent, difficulty and language; red-team entries take technique, harm_category and severity.</source>
        <translation>Los autores etiquetan los ejemplos SFT con domain, intent, difficulty y language; las entradas de red teaming llevan technique, harm_category y severity.</translation>
    </message>
    <message>
        <source>Taxonomy key</source>
        <translation>Clave de la taxonomía</translation>
    </message>
    <message>
        <source>The name stored with each tag, such as domain or technique</source>
        <translation>El nombre que se guarda con cada etiqueta, como domain o technique</translation>
    </message>
    <message>
        <source>Taxonomy title</source>
        <translation>Título de la taxonomía</translation>
    </message>
    <message>
        <source>The name people see in the authoring view</source>
        <translation>El nombre que ven las personas en la vista de redacción</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lave:</translation>
    </message>
    <message>
        <source>Taxonomy &amp;name:</source>
        <translation>&amp;Nombre de la taxonomía:</translation>
    </message>
    <message>
        <source>Values of the taxonomy</source>
        <translation>Valores de la taxonomía</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n value(s))</source>
        <translation>
            <numerusform>%1 (%2, %n valor)</numerusform>
            <numerusform>%1 (%2, %n valores)</numerusform>
        </translation>
    </message>
    <message>
        <source>New taxonomy</source>
        <translation>Taxonomía nueva</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Edit the taxonomy key</source>
        <translation>Editar la clave de la taxonomía</translation>
    </message>
    <message>
        <source>Edit the taxonomy name</source>
        <translation>Editar el nombre de la taxonomía</translation>
    </message>
    <message>
        <source>Edit the taxonomy values</source>
        <translation>Editar los valores de la taxonomía</translation>
    </message>
    <message>
        <source>Add a taxonomy</source>
        <translation>Añadir una taxonomía</translation>
    </message>
    <message>
        <source>Remove a taxonomy</source>
        <translation>Quitar una taxonomía</translation>
    </message>
</context>
<context>
    <name>verdict::TextAnswerEditor</name>
    <message>
        <source>%1 / at least %2 characters</source>
        <translation>%1 / al menos %2 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer in words</source>
        <translation>Su respuesta con palabras</translation>
    </message>
</context>
<context>
    <name>verdict::TransferWorker</name>
    <message>
        <source>Cannot open the project.</source>
        <translation>No se puede abrir el proyecto.</translation>
    </message>
    <message>
        <source>%1: not imported (cancelled)</source>
        <translation>%1: no importado (cancelado)</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: no se importó nada: %2</translation>
    </message>
    <message>
        <source>%1: imported before; nothing changed</source>
        <translation>%1: ya importado; nada cambió</translation>
    </message>
    <message>
        <source>Nothing written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2</source>
        <translation>Escritos %1 registros en %2</translation>
    </message>
    <message>
        <source>%1 answer sets gave no record (a tie, no ranking or no rewrite)</source>
        <translation>%1 conjuntos de respuestas no dieron ningún registro (un empate, sin clasificación o sin reescritura)</translation>
    </message>
    <message>
        <source>Assignment not complete: %1</source>
        <translation>Asignación incompleta: %1</translation>
    </message>
    <message>
        <source>%1: %2 tasks (%3 gold) in %4, revision %5</source>
        <translation>%1: %2 tareas (%3 de oro) en %4, revisión %5</translation>
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
        <translation>Turnos de la conversación</translation>
    </message>
    <message>
        <source>Add Turn (Ctrl+T)</source>
        <translation>Añadir turno (Ctrl+T)</translation>
    </message>
    <message>
        <source>Add a turn</source>
        <translation>Añadir un turno</translation>
    </message>
    <message>
        <source>Adds a turn after the one with the focus</source>
        <translation>Añade un turno después del que tiene el foco</translation>
    </message>
    <message>
        <source>Add Turn</source>
        <translation>Añadir turno</translation>
    </message>
    <message>
        <source>Remove Turn</source>
        <translation>Quitar turno</translation>
    </message>
    <message>
        <source>Move Turn Up</source>
        <translation>Subir turno</translation>
    </message>
    <message>
        <source>Move Turn Down</source>
        <translation>Bajar turno</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Role of this turn</source>
        <translation>Rol de este turno</translation>
    </message>
    <message>
        <source>Who speaks in this turn: user, assistant or tool</source>
        <translation>Quién habla en este turno: usuario, asistente o herramienta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this turn</source>
        <translation>Quitar este turno</translation>
    </message>
    <message>
        <source>Removes the turn (Ctrl+Shift+Delete)</source>
        <translation>Quita el turno (Ctrl+Mayús+Supr)</translation>
    </message>
    <message>
        <source>Move up (Alt+Shift+Up)</source>
        <translation>Subir (Alt+Mayús+Arriba)</translation>
    </message>
    <message>
        <source>Move this turn up</source>
        <translation>Subir este turno</translation>
    </message>
    <message>
        <source>Move down (Alt+Shift+Down)</source>
        <translation>Bajar (Alt+Mayús+Abajo)</translation>
    </message>
    <message>
        <source>Move this turn down</source>
        <translation>Bajar este turno</translation>
    </message>
    <message>
        <source>Text of this turn</source>
        <translation>Texto de este turno</translation>
    </message>
    <message>
        <source>What is said in this turn; Tab moves on</source>
        <translation>Lo que se dice en este turno; Tab pasa al siguiente</translation>
    </message>
    <message>
        <source>Role of turn %1</source>
        <translation>Rol del turno %1</translation>
    </message>
    <message>
        <source>Turn %1 (%2)</source>
        <translation>Turno %1 (%2)</translation>
    </message>
    <message>
        <source>Turn %1: what the %2 says</source>
        <translation>Turno %1 (%2): lo que se dice</translation>
    </message>
    <message>
        <source>Change the role of turn %1</source>
        <translation>Cambiar el rol del turno %1</translation>
    </message>
    <message>
        <source>Edit turn %1</source>
        <translation>Editar el turno %1</translation>
    </message>
    <message>
        <source>Remove a turn</source>
        <translation>Quitar un turno</translation>
    </message>
    <message>
        <source>Move a turn</source>
        <translation>Mover un turno</translation>
    </message>
</context>
<context>
    <name>verdict::Workbench</name>
    <message>
        <source>A waiting change could not be saved</source>
        <translation>No se pudo guardar un cambio en espera</translation>
    </message>
    <message>
        <source>Cannot read the rubric</source>
        <translation>No se puede leer la rúbrica</translation>
    </message>
    <message>
        <source>Cannot show task</source>
        <translation>No se puede mostrar la tarea</translation>
    </message>
    <message>
        <source>The task is gone.</source>
        <translation>La tarea ya no existe.</translation>
    </message>
    <message>
        <source>Cannot open the annotation</source>
        <translation>No se puede abrir la anotación</translation>
    </message>
    <message>
        <source>Cannot find the next task</source>
        <translation>No se encuentra la siguiente tarea</translation>
    </message>
    <message>
        <source>Every task in the queue is finished.</source>
        <translation>Todas las tareas de la cola están terminadas.</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>No se puede enviar</translation>
    </message>
    <message>
        <source>Cannot skip</source>
        <translation>No se puede omitir</translation>
    </message>
    <message>
        <source>Cannot escalate</source>
        <translation>No se puede escalar</translation>
    </message>
</context>
<context>
    <name>verdict::WorkbenchStatusBar</name>
    <message>
        <source>Active time on this task: counted while Verdict has the focus and you are not idle for more than a minute</source>
        <translation>Tiempo activo en esta tarea: cuenta mientras Verdict tiene el foco y usted no está inactivo más de un minuto</translation>
    </message>
    <message>
        <source>NOT SAVED: %1</source>
        <translation>NO GUARDADO: %1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Trabajando como %1</translation>
    </message>
    <message>
        <source>Draft, not saved yet</source>
        <translation>Borrador, aún sin guardar</translation>
    </message>
    <message>
        <source>Draft, saved %1</source>
        <translation>Borrador, guardado %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source> · changed since it was submitted: submit again</source>
        <translation> · cambiada desde que se envió: envíela de nuevo</translation>
    </message>
    <message>
        <source>Submitted %1 (revision %2)</source>
        <translation>Enviada %1 (revisión %2)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitida: %1</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Escalada: %1</translation>
    </message>
    <message>
        <source> · waits for the busy project</source>
        <translation> · espera a que el proyecto quede libre</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tarea %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechas</translation>
    </message>
    <message numerus="yes">
        <source>Project busy: %n change(s) waiting</source>
        <translation>
            <numerusform>Proyecto ocupado: %n cambio en espera</numerusform>
            <numerusform>Proyecto ocupado: %n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.
Your changes are kept and saved, in the order you made them, as soon as the project is free.</source>
        <translation>%1.
Sus cambios se conservan y se guardan, en el orden en que los hizo, en cuanto el proyecto quede libre.</translation>
    </message>
    <message>
        <source>Active %1</source>
        <translation>Activo %1</translation>
    </message>
</context>
<context>
    <name>verdict::annotationjson</name>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>expected a time like 2026-11-22T10:00:00Z</source>
        <translation>se esperaba una hora como 2026-11-22T10:00:00Z</translation>
    </message>
    <message>
        <source>missing; expected the rubric id (the manifest names none)</source>
        <translation>falta; se esperaba el id de la rúbrica (el manifiesto no nombra ninguno)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected draft, submitted, skipped or escalated</source>
        <translation>estado desconocido “%1”; se esperaba draft, submitted, skipped o escalated</translation>
    </message>
    <message>
        <source>expected a number of seconds, at least 0</source>
        <translation>se esperaba un número de segundos, al menos 0</translation>
    </message>
    <message>
        <source>missing; expected the final answer</source>
        <translation>falta; se esperaba la respuesta definitiva</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; expected annotator, consensus or lead</source>
        <translation>origen desconocido “%1”; se esperaba annotator, consensus o lead</translation>
    </message>
    <message>
        <source>missing; expected the annotator whose answer was taken</source>
        <translation>falta; se esperaba el anotador cuya respuesta se tomó</translation>
    </message>
    <message>
        <source>a decision without a criterion resolves an escalation; its answer is {&quot;resolved&quot;: true}</source>
        <translation>una decisión sin criterio resuelve un escalado; su respuesta es {&quot;resolved&quot;: true}</translation>
    </message>
</context>
<context>
    <name>verdict::authoringreview</name>
    <message>
        <source>Review of authored work</source>
        <translation>Revisión del trabajo redactado</translation>
    </message>
    <message>
        <source>Read the example or red-team entry as the person who will train on it.

- **Accept** when every field is filled, the prompt is realistic and the ideal response is one you would be glad to train on (for a red-team entry: the log says exactly what was tried and what happened).
- **Needs changes** otherwise: say in the comments what to change, so the author can revise without asking.</source>
        <translation>Lea el ejemplo o la entrada de red teaming como lo haría la persona que va a entrenar con ello.

- **Aceptar** cuando todos los campos estén rellenos, el prompt sea realista y la respuesta ideal sea una con la que entrenaría con gusto (en una entrada de red teaming: el registro dice exactamente qué se intentó y qué pasó).
- **Necesita cambios** en caso contrario: indique en los comentarios qué cambiar, para que el autor pueda revisarlo sin tener que preguntar.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Accept the work as it is, or send it back with comments.</source>
        <translation>Acepte el trabajo tal como está o devuélvalo con comentarios.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Necesita cambios</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>What to change, and why. Required in practice when you ask for changes.</source>
        <translation>Qué cambiar y por qué. En la práctica, obligatorio cuando pide cambios.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>Matemáticas</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Ciencia</translation>
    </message>
    <message>
        <source>Everyday life</source>
        <translation>Vida cotidiana</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Solve a problem</source>
        <translation>Resolver un problema</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Transform text</source>
        <translation>Transformar texto</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Aconsejar</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Red-team technique</source>
        <translation>Técnica de red teaming</translation>
    </message>
    <message>
        <source>Role play</source>
        <translation>Juego de rol</translation>
    </message>
    <message>
        <source>Obfuscation</source>
        <translation>Ofuscación</translation>
    </message>
    <message>
        <source>Prompt injection</source>
        <translation>Inyección de prompt</translation>
    </message>
    <message>
        <source>Multi-turn escalation</source>
        <translation>Escalada en varios turnos</translation>
    </message>
    <message>
        <source>Hypothetical framing</source>
        <translation>Planteamiento hipotético</translation>
    </message>
    <message>
        <source>Harm category</source>
        <translation>Categoría de daño</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violencia</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Autolesiones</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Cybercrime</source>
        <translation>Ciberdelincuencia</translation>
    </message>
    <message>
        <source>Misinformation</source>
        <translation>Desinformación</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
</context>
<context>
    <name>verdict::batchformat</name>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>se esperaba “%1”</translation>
    </message>
    <message>
        <source>format version %1 is not supported; this version of Verdict reads version %2 (a newer Verdict wrote this file?)</source>
        <translation>la versión de formato %1 no es compatible; esta versión de Verdict lee la versión %2 (¿escribió este archivo un Verdict más reciente?)</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>se esperaba un UUID</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected assignment, annotations, gold or dataset</source>
        <translation>tipo desconocido “%1”; se esperaba assignment, annotations, gold o dataset</translation>
    </message>
    <message>
        <source>expected a time like 2026-11-22T10:00:00Z</source>
        <translation>se esperaba una hora como 2026-11-22T10:00:00Z</translation>
    </message>
    <message>
        <source>an assignment names the rubric version to work under</source>
        <translation>una asignación nombra la versión de la rúbrica con la que se trabaja</translation>
    </message>
    <message>
        <source>an assignment names the person it is for</source>
        <translation>una asignación nombra a la persona a la que va dirigida</translation>
    </message>
    <message>
        <source>only an assignment can be a calibration batch</source>
        <translation>solo una asignación puede ser un lote de calibración</translation>
    </message>
    <message>
        <source>expected 64 lowercase hexadecimal digits</source>
        <translation>se esperaban 64 dígitos hexadecimales en minúsculas</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>only a dataset batch holds final answers</source>
        <translation>solo un lote de conjunto de datos contiene respuestas definitivas</translation>
    </message>
</context>
<context>
    <name>verdict::cli</name>
    <message>
        <source>create a project</source>
        <translation>crear un proyecto</translation>
    </message>
    <message>
        <source>summarise a project</source>
        <translation>resumir un proyecto</translation>
    </message>
    <message>
        <source>publish, show and compare rubric versions</source>
        <translation>publicar, mostrar y comparar versiones de rúbricas</translation>
    </message>
    <message>
        <source>create the demo project</source>
        <translation>crear el proyecto de demostración</translation>
    </message>
    <message>
        <source>import batches and foreign files</source>
        <translation>importar lotes y archivos de otras herramientas</translation>
    </message>
    <message>
        <source>write a batch or a training-data file</source>
        <translation>escribir un lote o un archivo de datos de entrenamiento</translation>
    </message>
    <message>
        <source>check a batch file&apos;s manifest, count and digest</source>
        <translation>comprobar el manifiesto, el recuento y la suma de comprobación de un archivo de lote</translation>
    </message>
    <message>
        <source>measure agreement between annotators</source>
        <translation>medir el acuerdo entre anotadores</translation>
    </message>
    <message>
        <source>compare annotators with the gold answers</source>
        <translation>comparar a los anotadores con las respuestas de oro</translation>
    </message>
    <message>
        <source>compare models from preference judgments</source>
        <translation>comparar modelos a partir de juicios de preferencia</translation>
    </message>
    <message>
        <source>Usage: verdict [PROJECT]            open the workbench
       verdict COMMAND [OPTIONS]    run a command without a window

Commands:
</source>
        <translation>Uso: verdict [PROYECTO]             abre el banco de trabajo
     verdict ORDEN [OPCIONES]        ejecuta una orden sin ventana

Órdenes:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     show this help; `verdict COMMAND --help` for a command
  -v, --version  show the version; with --verbose, the libraries&apos; versions too
</source>
        <translation>
Opciones:
  -h, --help     muestra esta ayuda; `verdict ORDEN --help` para una orden
  -v, --version  muestra la versión; con --verbose, también las de las bibliotecas
</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>verdict: unknown command &quot;%1&quot;</source>
        <translation>verdict: orden desconocida “%1”</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>The files&apos; format: %1 (default: auto, told from the first record).</source>
        <translation>El formato de los archivos: %1 (por defecto: auto, deducido del primer registro).</translation>
    </message>
    <message>
        <source>Credit answers the files do not attribute to NAME (foreign formats).</source>
        <translation>Atribuir a NOMBRE las respuestas que los archivos no atribuyen (formatos de otras herramientas).</translation>
    </message>
    <message>
        <source>Print JSON (see docs/cli.md).</source>
        <translation>Imprimir JSON (vea docs/cli.md).</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Files to import, each in one transaction.</source>
        <translation>Archivos que importar, cada uno en una transacción.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; expected %2</source>
        <translation>formato desconocido “%1”; se esperaba %2</translation>
    </message>
    <message>
        <source>%1: batch %2 revision %3 was imported before; nothing changed</source>
        <translation>%1: el lote %2 revisión %3 ya se importó; nada cambió</translation>
    </message>
    <message>
        <source>%1: imported %2 (%3, revision %4)</source>
        <translation>%1: importado %2 (%3, revisión %4)</translation>
    </message>
    <message>
        <source>, superseding revision %1</source>
        <translation>, sustituye a la revisión %1</translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation>El archivo de lote.</translation>
    </message>
    <message>
        <source>verify FILE [--json]</source>
        <translation>verify FILE [--json]</translation>
    </message>
    <message>
        <source>%1: valid %2 batch %3 revision %4 from %5 (%6), %7 records, sha256 %8</source>
        <translation>%1: lote %2 válido %3 revisión %4 de %5 (%6), %7 registros, sha256 %8</translation>
    </message>
    <message>
        <source>rubric versions: %1, tasks: %2, annotations: %3, gold answers: %4, decisions: %5</source>
        <translation>versiones de rúbricas: %1, tareas: %2, anotaciones: %3, respuestas de oro: %4, decisiones: %5</translation>
    </message>
    <message>
        <source>batch, dataset (a dataset batch), trl, sft, prodigy or ratings.</source>
        <translation>batch, dataset (un lote de conjunto de datos), trl, sft, prodigy o ratings.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que escribir.</translation>
    </message>
    <message>
        <source>Batch kind: assignment, annotations, gold or dataset (default).</source>
        <translation>Tipo de lote: assignment, annotations, gold o dataset (por defecto).</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s work; for an assignment, who it is for.</source>
        <translation>Solo el trabajo de este anotador; en una asignación, para quién es.</translation>
    </message>
    <message>
        <source>TRL: all (default) or best-vs-rest.</source>
        <translation>TRL: all (por defecto) o best-vs-rest.</translation>
    </message>
    <message>
        <source>TRL: plain (default) or conversational.</source>
        <translation>TRL: plain (por defecto) o conversational.</translation>
    </message>
    <message>
        <source>Assignment: the rubric to work under (its latest version).</source>
        <translation>Asignación: la rúbrica con la que trabajar (su última versión).</translation>
    </message>
    <message>
        <source>Assignment: include the tasks&apos; gold answers.</source>
        <translation>Asignación: incluir las respuestas de oro de las tareas.</translation>
    </message>
    <message>
        <source>Writes a batch or a training-data file. The file appears whole or not at all.</source>
        <translation>Escribe un lote o un archivo de datos de entrenamiento. El archivo aparece entero o no aparece.</translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation>--format es obligatorio</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT es obligatorio</translation>
    </message>
    <message>
        <source>--format dataset writes a dataset batch; leave out --kind</source>
        <translation>--format dataset escribe un lote de conjunto de datos; omita --kind</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; expected batch, dataset, trl, sft, prodigy or ratings</source>
        <translation>formato desconocido “%1”; se esperaba batch, dataset, trl, sft, prodigy o ratings</translation>
    </message>
    <message>
        <source>--kind applies to batch exports only</source>
        <translation>--kind solo se aplica a las exportaciones de lotes</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected assignment, annotations, gold or dataset</source>
        <translation>tipo desconocido “%1”; se esperaba assignment, annotations, gold o dataset</translation>
    </message>
    <message>
        <source>--pairs and --style apply to --format trl only</source>
        <translation>--pairs y --style solo se aplican a --format trl</translation>
    </message>
    <message>
        <source>--pairs takes all or best-vs-rest</source>
        <translation>--pairs admite all o best-vs-rest</translation>
    </message>
    <message>
        <source>--style takes plain or conversational</source>
        <translation>--style admite plain o conversational</translation>
    </message>
    <message>
        <source>--rubric and --calibration apply to --kind assignment only</source>
        <translation>--rubric y --calibration solo se aplican a --kind assignment</translation>
    </message>
    <message>
        <source>an assignment needs --annotator, the person it is for</source>
        <translation>una asignación necesita --annotator, la persona a la que va dirigida</translation>
    </message>
    <message>
        <source>--annotator does not apply to a %1 batch</source>
        <translation>--annotator no se aplica a un lote %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 batch %3 revision %4, %5 records</source>
        <translation>Escrito %1: lote %2 %3 revisión %4, %5 registros</translation>
    </message>
    <message>
        <source>Wrote %1: %2 records from %3 answer sets (%4 gave none)</source>
        <translation>Escrito %1: %2 registros de %3 conjuntos de respuestas (%4 no dieron ninguno)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (esquema %2)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>%1, %2 with a gold answer, %3 adjudicated criteria</source>
        <translation>%1, %2 con respuesta de oro, %3 criterios adjudicados</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Anotadores</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Rubrics</source>
        <translation>Rúbricas</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publicada %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>none imported</source>
        <translation>ninguno importado</translation>
    </message>
    <message>
        <source>%1 rev %2 (%3) from %4, %5 records, %6</source>
        <translation>%1 rev. %2 (%3) de %4, %5 registros, %6</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>El nombre del proyecto.</translation>
    </message>
    <message>
        <source>Publish this rubric file as its first version.</source>
        <translation>Publicar este archivo de rúbrica como su primera versión.</translation>
    </message>
    <message>
        <source>The project file to create (*.verdict).</source>
        <translation>El archivo de proyecto que crear (*.verdict).</translation>
    </message>
    <message>
        <source>init PROJECT --name NAME [--rubric RUBRIC.json]</source>
        <translation>init PROJECT --name NAME [--rubric RUBRIC.json]</translation>
    </message>
    <message>
        <source>Creates a project file.</source>
        <translation>Crea un archivo de proyecto.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name es obligatorio</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Primera versión</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado %1</translation>
    </message>
    <message>
        <source>info PROJECT [--json]</source>
        <translation>info PROJECT [--json]</translation>
    </message>
    <message>
        <source>Add sample annotations by two annotators, gold answers and decisions (the project the example batches in resources/demo/batches were exported from).</source>
        <translation>Añadir anotaciones de ejemplo de dos anotadores, respuestas de oro y decisiones (el proyecto del que se exportaron los lotes de ejemplo de resources/demo/batches).</translation>
    </message>
    <message>
        <source>demo PROJECT [--sample-work]</source>
        <translation>demo PROJECT [--sample-work]</translation>
    </message>
    <message>
        <source>Creates a project with the demo rubric and tasks.</source>
        <translation>Crea un proyecto con la rúbrica y las tareas de demostración.</translation>
    </message>
    <message>
        <source>Only these metrics (repeat or separate with commas): %1.</source>
        <translation>Solo estas medidas (repita la opción o sepárelas con comas): %1.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha at this level only: nominal, ordinal, interval or ratio.</source>
        <translation>Alfa de Krippendorff solo en este nivel: nominal, ordinal, interval o ratio.</translation>
    </message>
    <message>
        <source>agreement PROJECT [--criterion KEY] [--metric NAME] [--level LEVEL] [--rubric-version N] [--slice FIELD] [--json]</source>
        <translation>agreement PROJECT [--criterion KEY] [--metric NAME] [--level LEVEL] [--rubric-version N] [--slice FIELD] [--json]</translation>
    </message>
    <message>
        <source>Measures how far annotators agree, per criterion, over submitted annotations. Which metric applies to which kind of criterion is explained in docs/metrics.md.</source>
        <translation>Mide cuánto coinciden los anotadores, por criterio, en las anotaciones enviadas. Qué medida corresponde a cada tipo de criterio se explica en docs/metrics.md.</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>medida desconocida “%1”</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;; expected nominal, ordinal, interval or ratio</source>
        <translation>nivel desconocido “%1”; se esperaba nominal, ordinal, interval o ratio</translation>
    </message>
    <message>
        <source>No agreement to report: no criterion with an agreement metric (text and rewrite have none), or nothing submitted yet.</source>
        <translation>No hay acuerdo que informar: ningún criterio con medida de acuerdo (texto y reescritura no tienen), o aún no se ha enviado nada.</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>raters</source>
        <translation>evaluadores</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>pares</translation>
    </message>
    <message>
        <source>gold-accuracy PROJECT [--criterion KEY] [--rubric-version N] [--slice FIELD] [--json]</source>
        <translation>gold-accuracy PROJECT [--criterion KEY] [--rubric-version N] [--slice FIELD] [--json]</translation>
    </message>
    <message>
        <source>Compares each annotator&apos;s submitted answers with the gold answers, per criterion: exact matches; for ratings also within one point and the mean absolute error; for rankings the response pairs ordered as gold orders them.</source>
        <translation>Compara las respuestas enviadas de cada anotador con las respuestas de oro, por criterio: coincidencias exactas; en las valoraciones también a un punto como máximo y el error absoluto medio; en las clasificaciones, los pares de respuestas ordenados como en el oro.</translation>
    </message>
    <message>
        <source>No gold accuracy to report: no gold answers, or no submitted annotation of a gold task.</source>
        <translation>No hay precisión frente al oro que informar: no hay respuestas de oro, o ninguna anotación enviada de una tarea de oro.</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>anotador</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>within 1</source>
        <translation>a 1</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>EAM</translation>
    </message>
    <message>
        <source>pairs as gold</source>
        <translation>pares como el oro</translation>
    </message>
    <message>
        <source>span F1</source>
        <translation>F1 de fragmentos</translation>
    </message>
    <message>
        <source>Bootstrap replicates for the Bradley–Terry intervals (default 1000).</source>
        <translation>Réplicas bootstrap para los intervalos Bradley–Terry (por defecto 1000).</translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 1).</source>
        <translation>Semilla del bootstrap (por defecto 1).</translation>
    </message>
    <message>
        <source>compare-models PROJECT [--criterion KEY] [--slice FIELD] [--rubric-version N] [--json]</source>
        <translation>compare-models PROJECT [--criterion KEY] [--slice FIELD] [--rubric-version N] [--json]</translation>
    </message>
    <message>
        <source>Compares models from the preferences in ranking answers: win, tie and loss rates for every pair of models with 95% Wilson intervals, a Bradley–Terry strength per model with 95% bootstrap intervals, and how often each model&apos;s responses get each span label and safety flag.</source>
        <translation>Compara modelos a partir de las preferencias de las clasificaciones: tasas de victoria, empate y derrota para cada par de modelos con intervalos de Wilson del 95 %, una fuerza Bradley–Terry por modelo con intervalos bootstrap del 95 % y con qué frecuencia las respuestas de cada modelo reciben cada etiqueta de fragmento y cada alerta de seguridad.</translation>
    </message>
    <message>
        <source>--replicates expects a number, not &quot;%1&quot;</source>
        <translation>--replicates espera un número, no “%1”</translation>
    </message>
    <message>
        <source>--seed expects a number, not &quot;%1&quot;</source>
        <translation>--seed espera un número, no “%1”</translation>
    </message>
    <message>
        <source>The rubric has no ranking criterion: no preferences to compare.</source>
        <translation>La rúbrica no tiene ningún criterio de clasificación: no hay preferencias que comparar.</translation>
    </message>
    <message>
        <source>Preferences from &quot;%1&quot; (95% Wilson intervals):</source>
        <translation>Preferencias de “%1” (intervalos de Wilson del 95 %):</translation>
    </message>
    <message>
        <source>model A</source>
        <translation>modelo A</translation>
    </message>
    <message>
        <source>model B</source>
        <translation>modelo B</translation>
    </message>
    <message>
        <source>judgments</source>
        <translation>juicios</translation>
    </message>
    <message>
        <source>A preferred</source>
        <translation>A preferido</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>B preferred</source>
        <translation>B preferido</translation>
    </message>
    <message>
        <source>Bradley–Terry log-strength (mean 0; 95% bootstrap interval over tasks, %1 replicates, seed %2):</source>
        <translation>log-fuerza Bradley–Terry (media 0; intervalo bootstrap del 95 % sobre tareas, %1 réplicas, semilla %2):</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>comparisons</source>
        <translation>comparaciones</translation>
    </message>
    <message>
        <source>Span labels and safety flags per judged response (95% Wilson intervals):</source>
        <translation>Etiquetas de fragmentos y alertas de seguridad por respuesta juzgada (intervalos de Wilson del 95 %):</translation>
    </message>
    <message>
        <source>label or flag</source>
        <translation>etiqueta o alerta</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marcadas</translation>
    </message>
    <message>
        <source>judged</source>
        <translation>juzgadas</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>What changed, kept with the version.</source>
        <translation>Qué cambió, se guarda con la versión.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>The rubric to publish.</source>
        <translation>La rúbrica que publicar.</translation>
    </message>
    <message>
        <source>Publishes a rubric file as the next version of its id. Published versions never change; publishing the same content again changes nothing.</source>
        <translation>Publica un archivo de rúbrica como la siguiente versión de su id. Las versiones publicadas nunca cambian; publicar de nuevo el mismo contenido no cambia nada.</translation>
    </message>
    <message>
        <source>Published %1 version %2</source>
        <translation>Publicada %1 versión %2</translation>
    </message>
    <message>
        <source>Unchanged: %1 version %2 already has this content</source>
        <translation>Sin cambios: %1 versión %2 ya tiene este contenido</translation>
    </message>
    <message>
        <source>the project has no rubric yet</source>
        <translation>el proyecto aún no tiene rúbrica</translation>
    </message>
    <message>
        <source>the project has several rubrics (%1); name one</source>
        <translation>el proyecto tiene varias rúbricas (%1); nombre una</translation>
    </message>
    <message>
        <source>rubric %1 has no version %2</source>
        <translation>la rúbrica %1 no tiene versión %2</translation>
    </message>
    <message>
        <source>no published rubric %1</source>
        <translation>no hay ninguna rúbrica publicada %1</translation>
    </message>
    <message>
        <source>Show this version (default: the latest).</source>
        <translation>Mostrar esta versión (por defecto: la última).</translation>
    </message>
    <message>
        <source>Print the rubric file (JSON).</source>
        <translation>Imprimir el archivo de rúbrica (JSON).</translation>
    </message>
    <message>
        <source>The rubric id; optional when there is one.</source>
        <translation>El id de la rúbrica; opcional si solo hay una.</translation>
    </message>
    <message>
        <source>rubric show PROJECT [ID] [--version N] [--json]</source>
        <translation>rubric show PROJECT [ID] [--version N] [--json]</translation>
    </message>
    <message>
        <source>Shows a rubric version.</source>
        <translation>Muestra una versión de una rúbrica.</translation>
    </message>
    <message>
        <source>--version expects a number from 1</source>
        <translation>--version espera un número a partir de 1</translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation>%1 versión %2: %3</translation>
    </message>
    <message>
        <source>per task</source>
        <translation>por tarea</translation>
    </message>
    <message>
        <source>per response</source>
        <translation>por respuesta</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>The rubric id.</source>
        <translation>El id de la rúbrica.</translation>
    </message>
    <message>
        <source>The older version.</source>
        <translation>La versión anterior.</translation>
    </message>
    <message>
        <source>The newer version.</source>
        <translation>La versión más reciente.</translation>
    </message>
    <message>
        <source>rubric diff PROJECT ID FROM TO [--json]</source>
        <translation>rubric diff PROJECT ID FROM TO [--json]</translation>
    </message>
    <message>
        <source>Lists what changed between two versions of a rubric.</source>
        <translation>Enumera lo que cambió entre dos versiones de una rúbrica.</translation>
    </message>
    <message>
        <source>FROM and TO are version numbers</source>
        <translation>FROM y TO son números de versión</translation>
    </message>
    <message numerus="yes">
        <source>%1: version %2 → %3, %n change(s)</source>
        <translation>
            <numerusform>%1: versión %2 → %3, %n cambio</numerusform>
            <numerusform>%1: versión %2 → %3, %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: verdict rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--json]
       verdict rubric show PROJECT [ID] [--version N] [--json]
       verdict rubric diff PROJECT ID FROM TO [--json]
</source>
        <translation>Uso: verdict rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--json]
     verdict rubric show PROJECT [ID] [--version N] [--json]
     verdict rubric diff PROJECT ID FROM TO [--json]
</translation>
    </message>
    <message>
        <source>rubric needs publish, show or diff</source>
        <translation>rubric necesita publish, show o diff</translation>
    </message>
    <message>
        <source>unknown rubric command &quot;%1&quot;; expected publish, show or diff</source>
        <translation>orden de rubric desconocida “%1”; se esperaba publish, show o diff</translation>
    </message>
    <message>
        <source>Only this criterion.</source>
        <translation>Solo este criterio.</translation>
    </message>
    <message>
        <source>Only this rubric (by id).</source>
        <translation>Solo esta rúbrica (por id).</translation>
    </message>
    <message>
        <source>Only annotations made under this rubric version.</source>
        <translation>Solo las anotaciones hechas con esta versión de la rúbrica.</translation>
    </message>
    <message>
        <source>Report each value of a task metadata key (language, intent, risk_tier, source…) separately, or each model with &quot;model&quot;.</source>
        <translation>Informar por separado de cada valor de una clave de metadatos de las tareas (language, intent, risk_tier, source…), o de cada modelo con “model”.</translation>
    </message>
    <message>
        <source>--rubric-version expects a version number, not &quot;%1&quot;</source>
        <translation>--rubric-version espera un número de versión, no “%1”</translation>
    </message>
    <message>
        <source>hand out tasks as one assignment batch per annotator</source>
        <translation>repartir tareas en un lote de asignación por anotador</translation>
    </message>
    <message>
        <source>review status, duplicates and acceptance of authored work</source>
        <translation>estado de revisión, duplicados y aceptación del trabajo redactado</translation>
    </message>
    <message>
        <source>write the red-team report (Markdown or HTML)</source>
        <translation>escribir el informe de red teaming (Markdown o HTML)</translation>
    </message>
    <message>
        <source>The people to hand work to, separated by commas.</source>
        <translation>Las personas a las que se reparte trabajo, separadas por comas.</translation>
    </message>
    <message>
        <source>How many distinct annotators work every task (default 1).</source>
        <translation>Cuántos anotadores distintos trabajan cada tarea (por defecto 1).</translation>
    </message>
    <message>
        <source>The share of each batch that is hidden gold tasks, from 0 (default) to below 1.</source>
        <translation>La parte de cada lote formada por tareas de oro ocultas, desde 0 (por defecto) hasta menos de 1.</translation>
    </message>
    <message>
        <source>Shuffles each annotator&apos;s order; the same seed gives the same batches (default 0).</source>
        <translation>Baraja el orden de cada anotador; la misma semilla da los mismos lotes (por defecto 0).</translation>
    </message>
    <message>
        <source>The folder for the batches (created when missing).</source>
        <translation>La carpeta para los lotes (se crea si no existe).</translation>
    </message>
    <message>
        <source>The rubric to work under, at its latest version (default: the project&apos;s only one).</source>
        <translation>La rúbrica con la que trabajar, en su última versión (por defecto, la única del proyecto).</translation>
    </message>
    <message>
        <source>Names this round (&quot;week-48&quot;); a new label gives new batches instead of new revisions.</source>
        <translation>Da nombre a esta ronda (“week-48”); una etiqueta nueva da lotes nuevos en lugar de revisiones nuevas.</translation>
    </message>
    <message>
        <source>A calibration round: the batches carry the gold answers, and the workbench shows them after each submit.</source>
        <translation>Una ronda de calibración: los lotes llevan las respuestas de oro, y el banco de trabajo las muestra tras cada envío.</translation>
    </message>
    <message>
        <source>Hands every task without a gold answer to K distinct annotators with balanced loads, mixes in gold tasks at rate P, shuffles each annotator&apos;s order from the seed, and writes one assignment batch per annotator. Gold tasks look like any other task unless --calibration is given.</source>
        <translation>Reparte cada tarea sin respuesta de oro entre K anotadores distintos con cargas equilibradas, mezcla tareas de oro con la tasa P, baraja el orden de cada anotador a partir de la semilla y escribe un lote de asignación por anotador. Las tareas de oro parecen tareas como cualquier otra salvo que se indique --calibration.</translation>
    </message>
    <message>
        <source>--annotators is required</source>
        <translation>--annotators es obligatorio</translation>
    </message>
    <message>
        <source>--out-dir is required</source>
        <translation>--out-dir es obligatorio</translation>
    </message>
    <message>
        <source>--overlap expects a whole number, not &quot;%1&quot;</source>
        <translation>--overlap espera un número entero, no “%1”</translation>
    </message>
    <message>
        <source>--gold-rate expects a number such as 0.1, not &quot;%1&quot;</source>
        <translation>--gold-rate espera un número como 0.1, no “%1”</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &quot;%1&quot;</source>
        <translation>--seed espera un número entero, no “%1”</translation>
    </message>
    <message>
        <source>Assigned %1 tasks to %2 annotators, each task to %3 of them, under rubric %4 version %5; %6 gold tasks to mix in</source>
        <translation>Asignadas %1 tareas a %2 anotadores, cada tarea a %3 de ellos, con la rúbrica %4 versión %5; %6 tareas de oro para mezclar</translation>
    </message>
    <message>
        <source>%1: %2 tasks (%3 gold) in %4, revision %5</source>
        <translation>%1: %2 tareas (%3 de oro) en %4, revisión %5</translation>
    </message>
    <message>
        <source>none reviewed</source>
        <translation>ninguna revisada</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Similarity (0–1) from which two prompts count as near-duplicates (default 0.8).</source>
        <translation>Similitud (0–1) a partir de la cual dos prompts cuentan como casi duplicados (por defecto 0.8).</translation>
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
        <translation>Resume los ejemplos SFT y las entradas de red teaming redactados: el estado de revisión de cada tarea y lo que aún le falta, los prompts casi duplicados y la tasa de aceptación de cada autor.</translation>
    </message>
    <message>
        <source>--threshold takes a number above 0 and at most 1</source>
        <translation>--threshold admite un número mayor que 0 y como máximo 1</translation>
    </message>
    <message>
        <source>%1 authored task(s)</source>
        <translation>Tareas redactadas: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>Near-duplicate prompts (similarity at least %1):</source>
        <translation>Prompts casi duplicados (similitud de al menos %1):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Acceptance per author (examples accepted of those reviewed; reviews accepting):</source>
        <translation>Aceptación por autor (ejemplos aceptados de los revisados; revisiones favorables):</translation>
    </message>
    <message>
        <source>Write the report to FILE.</source>
        <translation>Escribir el informe en FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write HTML instead of Markdown.</source>
        <translation>Escribir HTML en lugar de Markdown.</translation>
    </message>
    <message>
        <source>redteam-report PROJECT --out FILE [--html]</source>
        <translation>redteam-report PROJECT --out FILE [--html]</translation>
    </message>
    <message>
        <source>Writes the red-team report: entries grouped by targeted harm category and technique, with success rates and the counts behind them, and every entry listed.</source>
        <translation>Escribe el informe de red teaming: las entradas agrupadas por categoría de daño objetivo y por técnica, con las tasas de éxito y los recuentos en que se basan, y la lista de todas las entradas.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE es obligatorio</translation>
    </message>
    <message>
        <source>%1 red-team entries; succeeded in %2; written to %3</source>
        <translation>Entradas de red teaming: %1; con éxito en %2; escrito en %3</translation>
    </message>
    <message>
        <source>The final answers: the lead&apos;s decisions, else the consensus rule, with where each came from. A dataset batch gets final records; trl, sft, prodigy and ratings take their answers from them.</source>
        <translation>Las respuestas definitivas: las decisiones de la coordinación o, si no, la regla de consenso, con el origen de cada una. Un lote de conjunto de datos recibe registros final; trl, sft, prodigy y ratings toman de ellos sus respuestas.</translation>
    </message>
    <message>
        <source>With --final: fewer annotators than this never make a consensus (default 1).</source>
        <translation>Con --final: menos anotadores que estos nunca forman consenso (por defecto 1).</translation>
    </message>
    <message>
        <source>Training-data formats: only answers made under this rubric version.</source>
        <translation>Formatos de datos de entrenamiento: solo las respuestas dadas con esta versión de la rúbrica.</translation>
    </message>
    <message>
        <source>--consensus and --min-annotators apply with --final only</source>
        <translation>--consensus y --min-annotators solo se aplican con --final</translation>
    </message>
    <message>
        <source>--final writes a dataset batch or a training-data file, not a %1 batch</source>
        <translation>--final escribe un lote de conjunto de datos o un archivo de datos de entrenamiento, no un lote %1</translation>
    </message>
    <message>
        <source>--final and --annotator exclude each other: final answers are everyone&apos;s</source>
        <translation>--final y --annotator se excluyen mutuamente: las respuestas definitivas son de todos</translation>
    </message>
    <message>
        <source>--min-annotators expects a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--min-annotators espera un número entero de al menos 1, no “%1”</translation>
    </message>
    <message>
        <source>--rubric-version applies to trl, sft, prodigy and ratings</source>
        <translation>--rubric-version se aplica a trl, sft, prodigy y ratings</translation>
    </message>
    <message>
        <source>assign PROJECT --annotators A,B,C --out-dir DIR [--overlap K] [--gold-rate P] [--seed S] [--rubric ID] [--label LABEL] [--calibration] [--wait SECONDS] [--json]</source>
        <translation>assign PROJECT --annotators A,B,C --out-dir DIR [--overlap K] [--gold-rate P] [--seed S] [--rubric ID] [--label LABEL] [--calibration] [--wait SECONDS] [--json]</translation>
    </message>
    <message>
        <source>Refuse a foreign file at its first record that cannot be imported, instead of skipping such records with a warning each (batches are always refused whole).</source>
        <translation>Rechazar un archivo de otra herramienta en su primer registro que no se pueda importar, en lugar de omitir esos registros con un aviso cada uno (los lotes siempre se rechazan enteros).</translation>
    </message>
    <message>
        <source>import PROJECT FILE... [--format FORMAT] [--annotator NAME] [--strict] [--wait SECONDS] [--json]</source>
        <translation>import PROJECT FILE... [--format FORMAT] [--annotator NAME] [--strict] [--wait SECONDS] [--json]</translation>
    </message>
    <message>
        <source>Imports batches and foreign files into a project, each file in one transaction. A batch goes in whole or not at all; a foreign file skips the records that cannot be imported, each with a warning, unless --strict. The same file imported again changes nothing.</source>
        <translation>Importa lotes y archivos de otras herramientas a un proyecto, cada archivo en una transacción. Un lote entra entero o nada; de un archivo de otra herramienta se omiten los registros que no se pueden importar, cada uno con un aviso, salvo con --strict. El mismo archivo importado de nuevo no cambia nada.</translation>
    </message>
    <message>
        <source>Checks a batch file: its manifest, every record&apos;s shape and order, the answers against the rubric versions and tasks it carries, the record count and the SHA-256 digest in its end record.</source>
        <translation>Comprueba un archivo de lote: su manifiesto, la forma y el orden de cada registro, las respuestas frente a las versiones de rúbrica y las tareas que lleva, el número de registros y el resumen SHA-256 de su registro final.</translation>
    </message>
    <message>
        <source>%1 (%2 revised)</source>
        <translation>%1 (%2 revisadas)</translation>
    </message>
    <message>
        <source>With --final: majority (default; more than half agree), majority:SHARE (more than SHARE agree, 0.5 ≤ SHARE &lt; 1) or unanimous.</source>
        <translation>Con --final: majority (por defecto; coincide más de la mitad), majority:SHARE (coincide más de SHARE, 0.5 ≤ SHARE &lt; 1) o unanimous.</translation>
    </message>
    <message>
        <source>export PROJECT --format FORMAT -o OUT [--kind KIND] [--annotator NAME] [--pairs PAIRS] [--style STYLE] [--final [--consensus RULE] [--min-annotators N]] [--rubric-version N] [--wait SECONDS] [--json]</source>
        <translation>export PROJECT --format FORMAT -o OUT [--kind KIND] [--annotator NAME] [--pairs PAIRS] [--style STYLE] [--final [--consensus RULE] [--min-annotators N]] [--rubric-version N] [--wait SECONDS] [--json]</translation>
    </message>
    <message>
        <source>--consensus takes majority, majority:SHARE with 0.5 ≤ SHARE &lt; 1, or unanimous, not &quot;%1&quot;: an answer carries when more than SHARE of the annotators give it, and with less than one half two different answers could both carry</source>
        <translation>--consensus admite majority, majority:SHARE con 0.5 ≤ SHARE &lt; 1, o unanimous, no “%1”: una respuesta prevalece cuando la da más de SHARE de los anotadores, y con menos de la mitad podrían prevalecer a la vez dos respuestas distintas</translation>
    </message>
    <message>
        <source>rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--wait SECONDS] [--json]</source>
        <translation>rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--wait SECONDS] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n workbench write(s) waiting in %1, not in the project yet: the workbench running as process %2 saves them when the project is free</source>
        <translation>
            <numerusform>%n escritura del banco de trabajo espera en %1, aún no está en el proyecto: el banco de trabajo que se ejecuta como proceso %2 la guardará cuando el proyecto quede libre</numerusform>
            <numerusform>%n escrituras del banco de trabajo esperan en %1, aún no están en el proyecto: el banco de trabajo que se ejecuta como proceso %2 las guardará cuando el proyecto quede libre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workbench write(s) waiting in %1, not in the project yet: left by a workbench that stopped; open the project in the workbench to save them</source>
        <translation>
            <numerusform>%n escritura del banco de trabajo espera en %1, aún no está en el proyecto: la dejó un banco de trabajo que se detuvo; abra el proyecto en el banco de trabajo para guardarla</numerusform>
            <numerusform>%n escrituras del banco de trabajo esperan en %1, aún no están en el proyecto: las dejó un banco de trabajo que se detuvo; abra el proyecto en el banco de trabajo para guardarlas</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Summarises a project: tasks, annotations by status, annotators, rubric versions, imported batches, and workbench writes waiting beside it for the project.</source>
        <translation>Resume un proyecto: tareas, anotaciones por estado, anotadores, versiones de rúbrica, lotes importados y escrituras del banco de trabajo que esperan junto a él al proyecto.</translation>
    </message>
</context>
<context>
    <name>verdict::decisions</name>
    <message>
        <source>rubric %1 version %2 has no criterion %3</source>
        <translation>la rúbrica %1 versión %2 no tiene ningún criterio %3</translation>
    </message>
    <message>
        <source>this overrides the majority (%1): say why in the rationale</source>
        <translation>esto contradice a la mayoría (%1): explique por qué en la justificación</translation>
    </message>
    <message>
        <source># Edge cases</source>
        <translation># Casos límite</translation>
    </message>
    <message>
        <source>Decisions a lead marked as examples, by criterion. Each names the task, the final answer and why.</source>
        <translation>Decisiones que la coordinación marcó como ejemplos, por criterio. Cada una nombra la tarea, la respuesta definitiva y el porqué.</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tarea %1</translation>
    </message>
    <message>
        <source>Final answer: `%1`</source>
        <translation>Respuesta definitiva: `%1`</translation>
    </message>
    <message>
        <source>accepted from %1</source>
        <translation>aceptada de %1</translation>
    </message>
    <message>
        <source>written by the lead</source>
        <translation>escrita por la coordinación</translation>
    </message>
    <message>
        <source>by consensus</source>
        <translation>por consenso</translation>
    </message>
    <message>
        <source>Decided by %1, %2</source>
        <translation>Decidido por %1, %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>No decision is marked as an example yet.</source>
        <translation>Aún no hay ninguna decisión marcada como ejemplo.</translation>
    </message>
    <message>
        <source>task %1 has no final answer yet</source>
        <translation>la tarea %1 aún no tiene respuesta definitiva</translation>
    </message>
</context>
<context>
    <name>verdict::demo</name>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>Verdict demo</source>
        <translation>Demostración de Verdict</translation>
    </message>
    <message>
        <source>Demo rubric</source>
        <translation>Rúbrica de demostración</translation>
    </message>
</context>
<context>
    <name>verdict::filesync</name>
    <message>
        <source>cannot open to flush it: %1</source>
        <translation>no se puede abrir para volcarlo a disco: %1</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation>no se puede volcar a disco: %1</translation>
    </message>
    <message>
        <source>already exists; choose another name or open it instead</source>
        <translation>ya existe; elija otro nombre o ábralo</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>no se puede crear: %1</translation>
    </message>
</context>
<context>
    <name>verdict::foreign</name>
    <message>
        <source>expected text or a list of text parts, found %1</source>
        <translation>se esperaba texto o una lista de partes de texto, se encontró %1</translation>
    </message>
    <message>
        <source>only text parts can be imported</source>
        <translation>solo se pueden importar partes de texto</translation>
    </message>
</context>
<context>
    <name>verdict::importformat</name>
    <message>
        <source>Detect from the file</source>
        <translation>Detectar a partir del archivo</translation>
    </message>
    <message>
        <source>Verdict batch (JSONL)</source>
        <translation>Lote de Verdict (JSONL)</translation>
    </message>
    <message>
        <source>OpenAI chat messages (JSONL)</source>
        <translation>Mensajes de chat de OpenAI (JSONL)</translation>
    </message>
    <message>
        <source>TRL preference pairs (JSONL)</source>
        <translation>Pares de preferencia TRL (JSONL)</translation>
    </message>
    <message>
        <source>Anthropic HH chosen/rejected (JSONL)</source>
        <translation>Anthropic HH chosen/rejected (JSONL)</translation>
    </message>
    <message>
        <source>Prodigy spans (JSONL)</source>
        <translation>Fragmentos de Prodigy (JSONL)</translation>
    </message>
    <message>
        <source>Label Studio JSON export</source>
        <translation>Exportación JSON de Label Studio</translation>
    </message>
    <message>
        <source>doccano sequence labelling (JSONL)</source>
        <translation>Etiquetado de secuencias de doccano (JSONL)</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark; save it as UTF-8 without one</source>
        <translation>el archivo empieza con una marca de orden de bytes; guárdelo como UTF-8 sin ella</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>el archivo no contiene registros</translation>
    </message>
    <message>
        <source>cannot tell the format from the first record (keys: %1); choose it with --format: %2</source>
        <translation>no se puede deducir el formato del primer registro (claves: %1); elíjalo con --format: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>verdict::metrics</name>
    <message>
        <source>only one rater gave values</source>
        <translation>solo un evaluador dio valores</translation>
    </message>
    <message>
        <source>no unit was rated by two raters</source>
        <translation>ninguna unidad fue evaluada por dos evaluadores</translation>
    </message>
    <message>
        <source>every value is the same, so agreement cannot be told apart from chance</source>
        <translation>todos los valores son iguales, así que el acuerdo no se distingue del azar</translation>
    </message>
    <message>
        <source>nobody used this label on the units they share</source>
        <translation>nadie usó esta etiqueta en las unidades que comparten</translation>
    </message>
    <message>
        <source>there is nothing to count</source>
        <translation>no hay nada que contar</translation>
    </message>
    <message>
        <source>the comparisons do not determine it (a model never wins or never loses)</source>
        <translation>las comparaciones no la determinan (un modelo nunca gana o nunca pierde)</translation>
    </message>
</context>
<context>
    <name>verdict::reporttext</name>
    <message>
        <source> (severity)</source>
        <translation> (gravedad)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>(this project)</source>
        <translation>(este proyecto)</translation>
    </message>
</context>
<context>
    <name>verdict::rubricjson</name>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation>debe incluir al menos una entrada</translation>
    </message>
    <message>
        <source>expected a colour like &quot;#1f77b4&quot;</source>
        <translation>se esperaba un color como “#1f77b4”</translation>
    </message>
    <message>
        <source>expected a single key</source>
        <translation>se esperaba una sola tecla</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>se esperaban minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>“%1” se usa dos veces</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected ranking, rating, choice, multichoice, spans, flags, text or rewrite</source>
        <translation>tipo desconocido “%1”; se esperaba ranking, rating, choice, multichoice, spans, flags, text o rewrite</translation>
    </message>
    <message>
        <source>expected &quot;task&quot; or &quot;response&quot;</source>
        <translation>se esperaba “task” o “response”</translation>
    </message>
    <message>
        <source>a %1 criterion applies to the task</source>
        <translation>un criterio %1 se aplica a la tarea</translation>
    </message>
    <message>
        <source>a spans criterion applies to each response</source>
        <translation>un criterio spans se aplica a cada respuesta</translation>
    </message>
    <message>
        <source>expected a maximum above the minimum (%1) by at most 100</source>
        <translation>se esperaba un máximo por encima del mínimo (%1) en 100 como mucho</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2–%3</source>
        <translation>%1 está fuera de la escala %2–%3</translation>
    </message>
    <message>
        <source>%1 has two anchors</source>
        <translation>%1 tiene dos anclajes</translation>
    </message>
    <message>
        <source>does not apply to a %1 criterion</source>
        <translation>no se aplica a un criterio %1</translation>
    </message>
    <message>
        <source>expected &quot;rubric&quot;</source>
        <translation>se esperaba “rubric”</translation>
    </message>
    <message>
        <source>must list at least one criterion</source>
        <translation>debe incluir al menos un criterio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the shortcut of %2</source>
        <translation>“%1” también es el atajo de %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>no es JSON válido: %1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
</context>
<context>
    <name>verdict::taskjson</name>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; expected system, user, assistant or tool</source>
        <translation>rol desconocido “%1”; se esperaba system, user, assistant o tool</translation>
    </message>
    <message>
        <source>must hold at least one response</source>
        <translation>debe contener al menos una respuesta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>“%1” se usa dos veces</translation>
    </message>
</context>
<context>
    <name>verdict::validation</name>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>tiene %1 caracteres; se permiten como máximo %2</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="14"/>
        <source>Sextant: a desktop console for GitOps fleets.</source>
        <translation>Sextant: eine Desktop-Konsole für GitOps-Flotten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="18"/>
        <source>Open the built-in demo fleet.</source>
        <translation>Die eingebaute Demo-Flotte öffnen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="21"/>
        <source>Connect to this argocd CLI context.</source>
        <translation>Mit diesem Kontext der argocd-CLI verbinden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="24"/>
        <source>Connect to this Argo CD server.</source>
        <translation>Mit diesem Argo-CD-Server verbinden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27"/>
        <source>Token for --server (else ARGOCD_AUTH_TOKEN).</source>
        <translation>Token für --server (sonst ARGOCD_AUTH_TOKEN).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>Skip TLS certificate checks.</source>
        <translation>TLS-Zertifikatsprüfungen überspringen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Use plain HTTP (loopback only).</source>
        <translation>Unverschlüsseltes HTTP verwenden (nur Loopback).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="53"/>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <location filename="../views/statusicons.cpp" line="442"/>
        <source>Synced</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="443"/>
        <source>Out of sync</source>
        <translation>Nicht synchron</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="446"/>
        <source>Sync unknown</source>
        <translation>Synchronisierung unbekannt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="452"/>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="453"/>
        <source>Progressing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="454"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="455"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="456"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="459"/>
        <source>Health unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="465"/>
        <source>Auto-sync on</source>
        <translation>Auto-Sync an</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="466"/>
        <source>Auto-sync paused</source>
        <translation>Auto-Sync pausiert</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="469"/>
        <source>Auto-sync off</source>
        <translation>Auto-Sync aus</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="476"/>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="477"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="478"/>
        <source>Reconnecting</source>
        <translation>Wird erneut verbunden</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="479"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="480"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="481"/>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="503"/>
        <source>Stale since %1</source>
        <translation>Veraltet seit %1</translation>
    </message>
    <message>
        <location filename="../views/statusicons.cpp" line="505"/>
        <source>Reconnecting (next try %1)</source>
        <translation>Wird erneut verbunden (nächster Versuch um %1)</translation>
    </message>
</context>
<context>
    <name>sextant::ApplicationDetails</name>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="156"/>
        <source>The instance %1 is not connected; the resource tree of %2 cannot be fetched.</source>
        <translation>Die Instanz %1 ist nicht verbunden; der Ressourcenbaum von %2 kann nicht abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="178"/>
        <source>The Argo CD server sent a resource tree that cannot be read: %1</source>
        <translation>Der Argo-CD-Server hat einen Ressourcenbaum gesendet, der nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="194"/>
        <source>The instance %1 is not connected; the events of %2 cannot be fetched.</source>
        <translation>Die Instanz %1 ist nicht verbunden; die Ereignisse von %2 können nicht abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="216"/>
        <source>The Argo CD server sent events that cannot be read: %1</source>
        <translation>Der Argo-CD-Server hat Ereignisse gesendet, die nicht gelesen werden können: %1</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="228"/>
        <source>The instance %1 is not connected; the manifest of %2 cannot be fetched.</source>
        <translation>Die Instanz %1 ist nicht verbunden; das Manifest von %2 kann nicht abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="249"/>
        <source>The Argo CD server sent an application that cannot be read: %1</source>
        <translation>Der Argo-CD-Server hat eine Anwendung gesendet, die nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="296"/>
        <source>The Argo CD server sent a resource tree update that cannot be read (%1).</source>
        <translation>Der Argo-CD-Server hat eine Aktualisierung des Ressourcenbaums gesendet, die nicht gelesen werden kann (%1).</translation>
    </message>
    <message>
        <location filename="../model/fleet/applicationdetails.cpp" line="300"/>
        <source>Live updates stopped: %1</source>
        <translation>Live-Aktualisierungen gestoppt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/fleet/applicationdetails.cpp" line="324"/>
        <source>Live updates stopped: %1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>Live-Aktualisierungen gestoppt: %1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Live-Aktualisierungen gestoppt: %1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::FleetTreeModel</name>
    <message>
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="298"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="302"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/itemmodels/fleettreemodel.cpp" line="303"/>
        <source>%n application(s): %1 out of sync, %2 degraded, %3 paused</source>
        <translation>
            <numerusform>%n Anwendung: %1 nicht synchron, %2 beeinträchtigt, %3 pausiert</numerusform>
            <numerusform>%n Anwendungen: %1 nicht synchron, %2 beeinträchtigt, %3 pausiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="39"/>
        <source>Sextant — GitOps fleet console</source>
        <translation>Sextant — GitOps-Flottenkonsole</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="91"/>
        <source>&amp;Connect to Argo CD…</source>
        <translation>Mit Argo CD &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>&amp;Log in again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="105"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="106"/>
        <source>&amp;Filter applications</source>
        <translation>Anwendungen &amp;filtern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="108"/>
        <source>&amp;Go to application…</source>
        <translation>&amp;Gehe zu Anwendung…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>Group by &amp;cluster</source>
        <translation>Nach &amp;Cluster gruppieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>Group by &amp;project</source>
        <translation>Nach &amp;Projekt gruppieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="118"/>
        <source>Group by &amp;repository</source>
        <translation>Nach &amp;Repository gruppieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>&amp;Resources</source>
        <translation>Ress&amp;ourcen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>&amp;Manifest</source>
        <translation>&amp;Manifest</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="130"/>
        <source>Show %1 tab</source>
        <translation>Registerkarte %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>&amp;Colours</source>
        <translation>Far&amp;ben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="136"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="137"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="144"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="148"/>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>Filter applications</source>
        <translation>Anwendungen filtern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>Arrows, Enter</source>
        <translation>Pfeiltasten, Enter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>Move in the fleet tree, open</source>
        <translation>Im Flottenbaum bewegen, öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>&amp;About Sextant</source>
        <translation>Über &amp;Sextant</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="178"/>
        <source>Log in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="197"/>
        <source>No controller connected</source>
        <translation>Kein Controller verbunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="207"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="211"/>
        <source>reconnecting (next try %1)</source>
        <translation>wird erneut verbunden (nächster Versuch um %1)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>reconnecting</source>
        <translation>wird erneut verbunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215"/>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="218"/>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>showing the cache</source>
        <translation>zeigt den Cache</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="222"/>
        <source> — stale since %1</source>
        <translation> — veraltet seit %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="223"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="225"/>
        <source>%n application(s) · </source>
        <translation>
            <numerusform>%n Anwendung · </numerusform>
            <numerusform>%n Anwendungen · </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183"/>
        <source>Sextant %1</source>
        <translation>Sextant %1</translation>
    </message>
</context>
<context>
    <name>sextant::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="14"/>
        <source>No system keychain (%1): tokens are kept for this session only.</source>
        <translation>Kein System-Schlüsselbund (%1): Tokens werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="17"/>
        <source>The fleet cache could not be used: %1</source>
        <translation>Der Flotten-Cache konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="34"/>
        <source>Logged in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="37"/>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="128"/>
        <source>remembered</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="138"/>
        <source>Starting the demo fleet…</source>
        <translation>Demo-Flotte wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="141"/>
        <source>Demo fleet</source>
        <translation>Demo-Flotte</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="141"/>
        <source>The demo fleet could not start:
%1</source>
        <translation>Die Demo-Flotte konnte nicht starten:
%1</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="149"/>
        <source>built-in demo (sextant-fleetsim)</source>
        <translation>eingebaute Demo (sextant-fleetsim)</translation>
    </message>
    <message>
        <location filename="../app/workspace.cpp" line="151"/>
        <source>Demo fleet: sextant-fleetsim at %1</source>
        <translation>Demo-Flotte: sextant-fleetsim unter %1</translation>
    </message>
</context>
<context>
    <name>sextant::argocd::StreamReader</name>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="110"/>
        <source>The Argo CD server at %1 sent a stream line longer than %2 MiB.</source>
        <translation>Der Argo-CD-Server unter %1 hat eine Stream-Zeile gesendet, die länger als %2 MiB ist.</translation>
    </message>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="149"/>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="150"/>
        <source>The Argo CD server at %1 refused the stream (HTTP %2): %3</source>
        <translation>Der Argo-CD-Server unter %1 hat den Stream abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="159"/>
        <source>The Argo CD server at %1 closed the stream.</source>
        <translation>Der Argo-CD-Server unter %1 hat den Stream geschlossen.</translation>
    </message>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="160"/>
        <source>The stream from the Argo CD server at %1 broke: %2</source>
        <translation>Der Stream vom Argo-CD-Server unter %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="164"/>
        <source>The TLS connection to the Argo CD server at %1 failed: %2</source>
        <translation>Die TLS-Verbindung zum Argo-CD-Server unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../model/argocd/streamreader.cpp" line="167"/>
        <source>Cannot open the stream from the Argo CD server at %1: %2</source>
        <translation>Der Stream vom Argo-CD-Server unter %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>sextant::views::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="16"/>
        <source>About Sextant</source>
        <translation>Über Sextant</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="25"/>
        <source>&lt;h2&gt;Sextant %1&lt;/h2&gt;&lt;p&gt;A native desktop console for GitOps fleets: every controller, cluster, repository and application in one window, with the guardrails an incident needs.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sextant %1&lt;/h2&gt;&lt;p&gt;Eine native Desktop-Konsole für GitOps-Flotten: jeder Controller, jeder Cluster, jedes Repository und jede Anwendung in einem Fenster – mit den Schutzmechanismen, die ein Störfall braucht.&lt;/p&gt;&lt;p&gt;Gebaut mit %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sextant::views::ApplicationView</name>
    <message>
        <location filename="../views/applicationview.cpp" line="232"/>
        <source>Select an application on the left</source>
        <translation>Wählen Sie links eine Anwendung aus</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="239"/>
        <source>Its resources, deployment history, events and manifest appear here.</source>
        <translation>Hier erscheinen ihre Ressourcen, ihr Bereitstellungsverlauf, ihre Ereignisse und ihr Manifest.</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="409"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="411"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="413"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="415"/>
        <location filename="../views/applicationview.cpp" line="501"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="417"/>
        <source>Last operation</source>
        <translation>Letzte Operation</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="440"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="442"/>
        <source>Show each resource under the one that owns it (Deployment → ReplicaSet → Pod)</source>
        <translation>Jede Ressource unter der Ressource zeigen, der sie gehört (Deployment → ReplicaSet → Pod)</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="445"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="446"/>
        <source>Show all resources in one flat list, sorted by kind and name</source>
        <translation>Alle Ressourcen in einer flachen Liste zeigen, sortiert nach Art und Name</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="471"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="471"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="471"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="471"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="471"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="471"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="501"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="501"/>
        <source>Deployed at</source>
        <translation>Bereitgestellt am</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="501"/>
        <source>Initiated by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="501"/>
        <source>Source path</source>
        <translation>Quellpfad</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="517"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="517"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="517"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="517"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="517"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="592"/>
        <source>Loading the resource tree…</source>
        <translation>Ressourcenbaum wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="593"/>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen…</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="594"/>
        <source>Loading the manifest…</source>
        <translation>Manifest wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="624"/>
        <source>%1 no longer exists on %2: it was deleted, or you may no longer see it. What is shown is its last known state.</source>
        <translation>%1 existiert auf %2 nicht mehr: Die Anwendung wurde gelöscht, oder Sie dürfen sie nicht mehr sehen. Angezeigt wird ihr letzter bekannter Stand.</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="646"/>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="648"/>
        <location filename="../views/applicationview.cpp" line="807"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="658"/>
        <source>instance %1 · Application namespace %2</source>
        <translation>Instanz %1 · Anwendungs-Namespace %2</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="665"/>
        <location filename="../views/applicationview.cpp" line="779"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="668"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="668"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="671"/>
        <source>Auto-sync on (prune %1, self-heal %2)</source>
        <translation>Auto-Sync an (Prune %1, Self-Heal %2)</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="675"/>
        <source>Auto-sync paused (resumes with prune %1, self-heal %2)</source>
        <translation>Auto-Sync pausiert (wird fortgesetzt mit Prune %1, Self-Heal %2)</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="678"/>
        <source>Auto-sync off: syncs are manual</source>
        <translation>Auto-Sync aus: Synchronisierungen erfolgen manuell</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="697"/>
        <source>%1 · namespace %2</source>
        <translation>%1 · Namespace %2</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="705"/>
        <source>%1 · chart %2 · version %3</source>
        <translation>%1 · Chart %2 · Version %3</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="707"/>
        <source>%1 · path %2 · target %3</source>
        <translation>%1 · Pfad %2 · Ziel %3</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="711"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="727"/>
        <source>not deployed yet</source>
        <translation>noch nicht bereitgestellt</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="729"/>
        <source>not deployed yet · Git is at %1</source>
        <translation>noch nicht bereitgestellt · Git steht auf %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="731"/>
        <source>%1 deployed</source>
        <translation>%1 bereitgestellt</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="733"/>
        <source>%1 deployed · Git is at %2</source>
        <translation>%1 bereitgestellt · Git steht auf %2</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="735"/>
        <source>Deployed: %1
Git (compared to): %2</source>
        <translation>Bereitgestellt: %1
Git (Vergleichsstand): %2</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="742"/>
        <source>an operation was requested and waits to start</source>
        <translation>eine Operation wurde angefordert und wartet auf den Start</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="743"/>
        <source>none recorded</source>
        <translation>keine aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="749"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="750"/>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="751"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="752"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="753"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="759"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="759"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="761"/>
        <source>, automated sync</source>
        <translation>, automatische Synchronisierung</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="764"/>
        <source>, started by %1</source>
        <translation>, gestartet von %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="764"/>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="766"/>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="806"/>
        <source>automated</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="827"/>
        <source>No deployments recorded yet: an entry is added after each successful sync.</source>
        <translation>Noch keine Bereitstellungen aufgezeichnet: Nach jeder erfolgreichen Synchronisierung wird ein Eintrag hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="846"/>
        <source>The application has no resources.</source>
        <translation>Die Anwendung hat keine Ressourcen.</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="914"/>
        <source>%1
UID %2</source>
        <translation>%1
UID %2</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="923"/>
        <source>not created yet</source>
        <translation>noch nicht erstellt</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="927"/>
        <source>%1
Created %2</source>
        <translation>%1
Erstellt am %2</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="968"/>
        <source>Live: changes appear as the controller reports them.</source>
        <translation>Live: Änderungen erscheinen, sobald der Controller sie meldet.</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="974"/>
        <source>Not live: live updates start once the resource tree has loaded.</source>
        <translation>Nicht live: Live-Aktualisierungen beginnen, sobald der Ressourcenbaum geladen ist.</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="977"/>
        <source>Connecting for live updates…</source>
        <translation>Verbindung für Live-Aktualisierungen wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="995"/>
        <source>No events reported for this application.</source>
        <translation>Für diese Anwendung wurden keine Ereignisse gemeldet.</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1010"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1016"/>
        <source>%1

%2 %3, reported by %4</source>
        <translation>%1

%2 %3, gemeldet von %4</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1019"/>
        <source>First seen %1</source>
        <translation>Zuerst gesehen am %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1067"/>
        <source>Could not update the resource tree; showing the last one received. %1</source>
        <translation>Der Ressourcenbaum konnte nicht aktualisiert werden; der zuletzt empfangene wird angezeigt. %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1068"/>
        <source>Could not load the resource tree. %1</source>
        <translation>Der Ressourcenbaum konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1072"/>
        <source>Could not update the events; showing the last ones received. %1</source>
        <translation>Die Ereignisse konnten nicht aktualisiert werden; die zuletzt empfangenen werden angezeigt. %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1073"/>
        <source>Could not load the events. %1</source>
        <translation>Die Ereignisse konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1077"/>
        <source>Could not load the manifest. %1</source>
        <translation>Das Manifest konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1078"/>
        <source>Could not update the manifest; showing the last one received. %1</source>
        <translation>Das Manifest konnte nicht aktualisiert werden; das zuletzt empfangene wird angezeigt. %1</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1085"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1087"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1088"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1089"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1090"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../views/applicationview.cpp" line="1094"/>
        <source>Some events are warnings</source>
        <translation>Einige Ereignisse sind Warnungen</translation>
    </message>
</context>
<context>
    <name>sextant::views::ConnectDialog</name>
    <message>
        <location filename="../views/connectdialog.cpp" line="20"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="21"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="26"/>
        <source>Do not verify the server&apos;s certificate (insecure)</source>
        <translation>Zertifikat des Servers nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="30"/>
        <source>Connect to an Argo CD server</source>
        <translation>Mit einem Argo-CD-Server verbinden</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="31"/>
        <source>https://argocd.example.org</source>
        <translation>https://argocd.example.org</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="32"/>
        <source>optional: a short name shown in the fleet tree</source>
        <translation>optional: ein kurzer Name, der im Flottenbaum angezeigt wird</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="34"/>
        <source>argocd account generate-token, or ARGOCD_AUTH_TOKEN</source>
        <translation>argocd account generate-token oder ARGOCD_AUTH_TOKEN</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="38"/>
        <source>optional: PEM file of the CA that signed the server&apos;s certificate</source>
        <translation>optional: PEM-Datei der CA, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="39"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="41"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="42"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="53"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="54"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="56"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="58"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="60"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="67"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="106"/>
        <source>added in Sextant</source>
        <translation>in Sextant hinzugefügt</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="125"/>
        <source>Enter the server&apos;s address, for example https://argocd.example.org.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://argocd.example.org.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="127"/>
        <source>Plain http:// is only allowed for this computer (localhost); use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt; verwenden Sie https://.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="129"/>
        <source>Enter an API token, or log in with a user name and password.</source>
        <translation>Geben Sie ein API-Token ein oder melden Sie sich mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="131"/>
        <source>Enter the user name and the password.</source>
        <translation>Geben Sie den Benutzernamen und das Passwort ein.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="134"/>
        <source>Warning: without certificate checks anyone between you and the server can read the token.</source>
        <translation>Warnung: Ohne Zertifikatsprüfung kann jeder zwischen Ihnen und dem Server das Token mitlesen.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="137"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
</context>
<context>
    <name>sextant::views::FleetTreeDelegate</name>
    <message>
        <location filename="../views/fleettreeview.cpp" line="126"/>
        <source>%1
%2 · %3 · %4
%5 · %6/%7</source>
        <translation>%1
%2 · %3 · %4
%5 · %6/%7</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="135"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="141"/>
        <source>Last heard from the controller at %1</source>
        <translation>Letzte Meldung vom Controller: %1</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="146"/>
        <source>Applications: %1</source>
        <translation>Anwendungen: %1</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="151"/>
        <location filename="../views/fleettreeview.cpp" line="267"/>
        <source>%1 out of sync</source>
        <translation>%1 nicht synchron</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="152"/>
        <location filename="../views/fleettreeview.cpp" line="269"/>
        <source>%1 degraded</source>
        <translation>%1 beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="153"/>
        <source>%1 progressing</source>
        <translation>%1 in Arbeit</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="154"/>
        <source>%1 with auto-sync paused</source>
        <translation>%1 mit pausiertem Auto-Sync</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="271"/>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="278"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>sextant::views::FleetTreeView</name>
    <message>
        <location filename="../views/fleettreeview.cpp" line="488"/>
        <source>Filter: name, env=prod, project=…  (Ctrl+F or /)</source>
        <translation>Filter: Name, env=prod, project=…  (Ctrl+F oder /)</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="489"/>
        <source>All terms must match. Plain words match the application name; key=value and key!=value match labels, and project=, cluster=, namespace=, instance= match those fields. A trailing * matches a prefix.</source>
        <translation>Alle Begriffe müssen zutreffen. Einfache Wörter werden mit dem Anwendungsnamen verglichen; Schlüssel=Wert und Schlüssel!=Wert prüfen Labels, und project=, cluster=, namespace=, instance= prüfen die entsprechenden Felder. Ein * am Ende passt auf ein Präfix.</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="492"/>
        <source>Filter applications</source>
        <translation>Anwendungen filtern</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="493"/>
        <source>By cluster</source>
        <translation>Nach Cluster</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="494"/>
        <source>By project</source>
        <translation>Nach Projekt</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="495"/>
        <source>By repository</source>
        <translation>Nach Repository</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="496"/>
        <source>Group applications by cluster and namespace, by project or by repository</source>
        <translation>Anwendungen nach Cluster und Namespace, nach Projekt oder nach Repository gruppieren</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="497"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="498"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="551"/>
        <source>Out of sync</source>
        <translation>Nicht synchron</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="553"/>
        <source>Show only applications that differ from Git (%1 in the fleet)</source>
        <translation>Nur Anwendungen zeigen, die von Git abweichen (%1 in der Flotte)</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="556"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="558"/>
        <source>Show only degraded applications (%1 in the fleet)</source>
        <translation>Nur beeinträchtigte Anwendungen zeigen (%1 in der Flotte)</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="561"/>
        <source>Progressing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="563"/>
        <source>Show only applications still rolling out (%1 in the fleet)</source>
        <translation>Nur Anwendungen zeigen, deren Rollout noch läuft (%1 in der Flotte)</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="566"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="568"/>
        <source>Show only applications with auto-sync paused (%1 in the fleet)</source>
        <translation>Nur Anwendungen mit pausiertem Auto-Sync zeigen (%1 in der Flotte)</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="574"/>
        <source>Checked chips combine: any of them matches.</source>
        <translation>Aktivierte Chips werden kombiniert: Es genügt, wenn einer davon zutrifft.</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="589"/>
        <location filename="../views/fleettreeview.cpp" line="606"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="844"/>
        <source>No application matches.</source>
        <translation>Keine passende Anwendung.</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="846"/>
        <source>Escape in the filter clears the text.</source>
        <translation>Escape im Filter löscht den Text.</translation>
    </message>
    <message>
        <location filename="../views/fleettreeview.cpp" line="848"/>
        <source>Uncheck the status buttons to see the rest.</source>
        <translation>Deaktivieren Sie die Status-Schaltflächen, um die übrigen zu sehen.</translation>
    </message>
</context>
<context>
    <name>sextant::views::LoginDialog</name>
    <message>
        <location filename="../views/logindialog.cpp" line="19"/>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="20"/>
        <source>Log in to %1.</source>
        <translation>Bei %1 anmelden.</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="27"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="28"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="31"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="32"/>
        <source>User and password</source>
        <translation>Benutzer und Passwort</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="33"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
</context>
<context>
    <name>sextant::views::QuickSwitcher</name>
    <message>
        <location filename="../views/quickswitcher.cpp" line="281"/>
        <source>Go to application…</source>
        <translation>Gehe zu Anwendung…</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="282"/>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="283"/>
        <source>Matching applications</source>
        <translation>Passende Anwendungen</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="284"/>
        <source>Go to Application</source>
        <translation>Gehe zu Anwendung</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="311"/>
        <source>%1 · %2/%3</source>
        <translation>%1 · %2/%3</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="370"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="378"/>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="389"/>
        <source>No applications loaded yet.</source>
        <translation>Noch keine Anwendungen geladen.</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="391"/>
        <source>No application matches. Escape closes.</source>
        <translation>Keine passende Anwendung. Escape schließt.</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="394"/>
        <source>Best %1 of %2 matches · Enter opens · Escape closes</source>
        <translation>Beste %1 von %2 Treffern · Enter öffnet · Escape schließt</translation>
    </message>
    <message>
        <location filename="../views/quickswitcher.cpp" line="398"/>
        <source>Matches: %1 · Enter opens · Escape closes</source>
        <translation>Treffer: %1 · Enter öffnet · Escape schließt</translation>
    </message>
</context>
<context>
    <name>sextant::views::ShortcutsDialog</name>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="13"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="15"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="15"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>sextant::views::WelcomePanel</name>
    <message>
        <location filename="../views/welcomepanel.cpp" line="23"/>
        <source>No controller connected</source>
        <translation>Kein Controller verbunden</translation>
    </message>
    <message>
        <location filename="../views/welcomepanel.cpp" line="28"/>
        <source>&lt;p&gt;Start with the built-in demo fleet: &lt;code&gt;sextant --demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;or point Sextant at an Argo CD server: &lt;code&gt;sextant --server https://argocd.example.org&lt;/code&gt; (the token comes from &lt;code&gt;ARGOCD_AUTH_TOKEN&lt;/code&gt; or the argocd CLI config).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beginnen Sie mit der eingebauten Demo-Flotte: &lt;code&gt;sextant --demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;oder verbinden Sie Sextant mit einem Argo-CD-Server: &lt;code&gt;sextant --server https://argocd.example.org&lt;/code&gt; (das Token kommt aus &lt;code&gt;ARGOCD_AUTH_TOKEN&lt;/code&gt; oder der argocd-CLI-Konfiguration).&lt;/p&gt;</translation>
    </message>
</context>
</TS>

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
        <location filename="../app/commandline.cpp" line="19"/>
        <source>Open the built-in demo fleet.</source>
        <translation>Die eingebaute Demo-Flotte öffnen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="40"/>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>sextant::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="17"/>
        <source>Sextant — GitOps fleet console</source>
        <translation>Sextant — GitOps-Flottenkonsole</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="30"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="34"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="35"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="40"/>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="45"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="46"/>
        <source>&amp;About Sextant</source>
        <translation>Über &amp;Sextant</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="48"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="54"/>
        <source>No controller connected</source>
        <translation>Kein Controller verbunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="57"/>
        <source>Sextant %1</source>
        <translation>Sextant %1</translation>
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

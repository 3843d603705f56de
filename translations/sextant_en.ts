<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>sextant::ApplicationDetails</name>
    <message numerus="yes">
        <location filename="../../../model/fleet/applicationdetails.cpp" line="324"/>
        <source>Live updates stopped: %1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>Live updates stopped: %1 Trying again in %n second.</numerusform>
            <numerusform>Live updates stopped: %1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::FleetTreeModel</name>
    <message numerus="yes">
        <location filename="../../../model/itemmodels/fleettreemodel.cpp" line="303"/>
        <source>%n application(s): %1 out of sync, %2 degraded, %3 paused</source>
        <translation>
            <numerusform>%n application: %1 out of sync, %2 degraded, %3 paused</numerusform>
            <numerusform>%n applications: %1 out of sync, %2 degraded, %3 paused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sextant::MainWindow</name>
    <message numerus="yes">
        <location filename="../../../app/mainwindow.cpp" line="225"/>
        <source>%n application(s) · </source>
        <translation>
            <numerusform>%n application · </numerusform>
            <numerusform>%n applications · </numerusform>
        </translation>
    </message>
</context>
</TS>

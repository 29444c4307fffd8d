<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="48"/>
        <source>Operations dashboard of a smart computing base: live accelerator fleet, history, datasets, cloud adoption and industry output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="53"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="56"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="59"/>
        <source>Telemetry server to connect to (host:port). Without it, an embedded fleet simulator is started in-process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="65"/>
        <source>History database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="70"/>
        <source>Chips of the embedded simulator (default: 80000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="75"/>
        <source>Centers of the embedded simulator (default: 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="79"/>
        <source>Seed of the embedded simulator (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="101"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="106"/>
        <source>--server: expected host:port, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="113"/>
        <source>--db: the file name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="118"/>
        <source>--sim-chips: expected an integer in 1..1000000, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="125"/>
        <source>--sim-centers: expected an integer in 1..64, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="134"/>
        <source>--sim-seed: expected a non-negative integer, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipsPage</name>
    <message>
        <location filename="../app/chipspage.cpp" line="30"/>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="31"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="32"/>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="33"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../app/formatting.cpp" line="14"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="21"/>
        <source>%1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="24"/>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="26"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="47"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="49"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="51"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="52"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="271"/>
        <location filename="../widgets/heatmapview.cpp" line="449"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="371"/>
        <source>Waiting for the fleet inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/heatmapview.cpp" line="404"/>
        <source>%Ln chip(s)</source>
        <translation>
            <numerusform>%Ln chip</numerusform>
            <numerusform>%Ln chips</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="466"/>
        <source>Showing %L1 of %L2 chips: enlarge to see all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="504"/>
        <source>Chip %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="506"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="510"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../widgets/kpitile.cpp" line="130"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/kpitile.cpp" line="132"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::CenterTableModel</name>
    <message>
        <location filename="../app/centertablemodel.cpp" line="72"/>
        <source>Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="81"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="93"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="94"/>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="95"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="96"/>
        <source>Mean utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="97"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="98"/>
        <source>Hottest chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="99"/>
        <source>In fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="100"/>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipsPage</name>
    <message>
        <location filename="../app/chipspage.cpp" line="45"/>
        <location filename="../app/chipspage.cpp" line="291"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="47"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="47"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="49"/>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="51"/>
        <source>throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="53"/>
        <source>ECC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="55"/>
        <source>XID event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="57"/>
        <source>health fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="75"/>
        <source>Fleet heatmap — utilization of every chip, by center and node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="83"/>
        <source>Mean utilization per center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="151"/>
        <source>Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="282"/>
        <source>&lt;b&gt;Chip %1&lt;/b&gt; · %2&lt;br&gt;Node %3 · %4&lt;br&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="293"/>
        <source>&lt;br&gt;Utilization %1 · Temperature %2&lt;br&gt;Power %3 · Memory %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="294"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="295"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="296"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="297"/>
        <location filename="../app/chipspage.cpp" line="298"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="299"/>
        <source>&lt;br&gt;State: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ConnectionBar</name>
    <message>
        <location filename="../app/connectionbar.cpp" line="44"/>
        <location filename="../app/connectionbar.cpp" line="88"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="51"/>
        <source>Embedded simulator did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="51"/>
        <source>No server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="54"/>
        <source>Server %1 · embedded fleet simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="55"/>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="69"/>
        <source>Last tick %1 · %2 chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="86"/>
        <source>Offline, showing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="86"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="92"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="96"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectionbar.cpp" line="102"/>
        <source>%1 · retrying in %n s</source>
        <translation>
            <numerusform>%1 · retrying in %n s</numerusform>
            <numerusform>%1 · retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="117"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="119"/>
        <source>Newest data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::FleetBridge</name>
    <message>
        <location filename="../app/fleetbridge.cpp" line="116"/>
        <source>History is not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="118"/>
        <source>The embedded simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="139"/>
        <source>History write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="33"/>
        <source>SCB Dashboard — smart computing base operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="47"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="48"/>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="58"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="62"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="63"/>
        <source>&amp;About SCB Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="65"/>
        <source>About SCB Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="66"/>
        <source>&lt;b&gt;SCB Dashboard %1&lt;/b&gt;&lt;p&gt;Operations dashboard of a smart computing base: the live accelerator fleet and its history.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="119"/>
        <source>History: %1 · %2 ticks received, %3 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="123"/>
        <source> · %1 skipped while the store was behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="125"/>
        <source> · rejected: %1 chunks, %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source> · %1 incomplete ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="130"/>
        <source> · %n reconnect(s)</source>
        <translation>
            <numerusform> · %n reconnect</numerusform>
            <numerusform> · %n reconnects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::OverviewPage</name>
    <message>
        <location filename="../app/overviewpage.cpp" line="25"/>
        <source>Chips online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="26"/>
        <source>Fleet mean utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="27"/>
        <source>Total power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="28"/>
        <source>Chips in fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="45"/>
        <source>Smart computing centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="72"/>
        <source>of %1 installed · target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="77"/>
        <source>over %1 chips reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="82"/>
        <source>%1 W per chip online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="85"/>
        <source>%1 throttled · %2 offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

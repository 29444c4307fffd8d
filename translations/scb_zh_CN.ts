<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertKinds</name>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="238"/>
        <source>High temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="240"/>
        <source>XID error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="242"/>
        <source>Double-bit ECC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="244"/>
        <source>Health fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="246"/>
        <source>Chip offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="248"/>
        <source>No data from node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="257"/>
        <source>Check the cooling of the rack and the node (fans, inlet temperature, airflow, blanking panels); the chip throttles when hot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="264"/>
        <source>Drain the node and reset the GPU so the bad memory is retired or remapped; RMA if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="269"/>
        <source>Drain the node, run the vendor&apos;s diagnostics on the chip and reset it; RMA if the fault persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="274"/>
        <source>Check the node&apos;s power, network and driver; drain it if it stays away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="277"/>
        <source>Check that the node is up and that its telemetry agent and network work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="48"/>
        <source>Operations dashboard of a smart computing base: live accelerator fleet, history, datasets, cloud adoption and industry output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="54"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="57"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="60"/>
        <source>Telemetry server to connect to (host:port). Without it, an embedded fleet simulator is started in-process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="66"/>
        <source>History database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="71"/>
        <source>Chips of the embedded simulator (default: 80000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="76"/>
        <source>Centers of the embedded simulator (default: 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="81"/>
        <source>Seed of the embedded simulator (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="103"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="109"/>
        <source>--server: expected host:port, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="115"/>
        <source>--db: the file name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="121"/>
        <source>--sim-chips: expected an integer in 1..1000000, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="128"/>
        <source>--sim-centers: expected an integer in 1..64, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="137"/>
        <source>--sim-seed: expected a non-negative integer, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../app/formatting.cpp" line="19"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="27"/>
        <source>%1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="30"/>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="32"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="54"/>
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="56"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="58"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="59"/>
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="71"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="73"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="74"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="76"/>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="78"/>
        <source>throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="80"/>
        <source>ECC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="82"/>
        <source>XID event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="84"/>
        <source>health fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="92"/>
        <source>XID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="94"/>
        <source>double-bit ECC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="96"/>
        <source>went offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="98"/>
        <source>back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="100"/>
        <source>thermal throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="102"/>
        <source>unknown event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="117"/>
        <source>Check the rack&apos;s cooling and the chip&apos;s fans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="464"/>
        <location filename="../widgets/heatmapview.cpp" line="698"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="593"/>
        <source>Waiting for the fleet inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/heatmapview.cpp" line="641"/>
        <source>%Ln chip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="715"/>
        <source>Showing %L1 of %L2 chips: enlarge to see all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="727"/>
        <source>Zoom %1× · 0 resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="776"/>
        <source>Chip %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="778"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="782"/>
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
    <name>XidCatalog</name>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="24"/>
        <source>Graphics engine exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="25"/>
        <source>Usually a fault in the application (bad memory access, illegal instruction): check the job. If it repeats across different jobs, run diagnostics on the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="29"/>
        <source>GPU memory page fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="30"/>
        <source>Usually an illegal memory access by the application: check the job. If it repeats across different jobs, suspect the driver or the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="35"/>
        <source>Invalid or corrupted push buffer stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="36"/>
        <source>Check the PCIe link and the driver; reset the GPU. Drain the node if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="40"/>
        <source>GPU stopped processing (application fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="41"/>
        <source>The application hit a fault and its channel was stopped; the GPU is fine. Check the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="46"/>
        <source>Preemptive cleanup after a previous error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="47"/>
        <source>The driver cleaned up after a job ended or failed: look for an earlier XID on this GPU. No action on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="52"/>
        <source>GPU stopped processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="53"/>
        <source>Drain the node and reset the GPU; if it repeats, run diagnostics and consider RMA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="57"/>
        <source>Double-bit ECC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="58"/>
        <source>Drain the node and reset the GPU so the bad memory is retired or remapped; RMA if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="63"/>
        <source>Internal micro-controller breakpoint or warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="64"/>
        <source>Reset the GPU at the next opportunity; update the driver and firmware if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="68"/>
        <source>Internal micro-controller halt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="69"/>
        <source>Drain the node and reset the GPU; run diagnostics and consider RMA if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="74"/>
        <source>ECC page retirement or row remapping recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="75"/>
        <source>Schedule a GPU reset so the retirement or remapping takes effect; RMA if the count keeps growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="81"/>
        <source>ECC page retirement or row remapping failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="82"/>
        <source>Drain the node and reset the GPU; the GPU may have run out of spare rows: consider RMA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="87"/>
        <source>NVLink error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="88"/>
        <source>Check the NVLink links and error counters of the GPU; reset the GPU. If it repeats, check the NVLink hardware (GPU, baseboard, NVSwitch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="92"/>
        <source>GPU has fallen off the bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="93"/>
        <source>Drain the node; check the PCIe slot, power and cooling; reboot, reseat or replace the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="97"/>
        <source>High single-bit ECC error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="98"/>
        <source>Watch the GPU&apos;s ECC counters; schedule a reset and diagnostics; RMA if the rate stays high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="103"/>
        <source>Contained ECC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="104"/>
        <source>The application using the bad memory was stopped, others go on: restart the job and reset the GPU when convenient so the row is remapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="109"/>
        <source>Uncontained ECC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="110"/>
        <source>Every application on the GPU may be affected: drain the node and reset the GPU; RMA if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="115"/>
        <source>GSP RPC timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="116"/>
        <location filename="../backend/alerts/alertrules.cpp" line="120"/>
        <source>Drain the node and reset the GPU; update the driver if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="119"/>
        <source>GSP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="125"/>
        <source>XID error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="126"/>
        <source>Look the code up in NVIDIA&apos;s XID catalog and check the kernel log of the node; reset the GPU if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::AcknowledgeDialog</name>
    <message>
        <location filename="../app/alertspage.cpp" line="110"/>
        <location filename="../app/alertspage.cpp" line="136"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="120"/>
        <source>What is being done about it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="123"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="124"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="175"/>
        <source>Enter who acknowledges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="177"/>
        <source>The name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="179"/>
        <source>The note is too long (at most %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::AlertListModel</name>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="56"/>
        <source>for %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="58"/>
        <source>for %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="60"/>
        <source>for %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="61"/>
        <source>for %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="188"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="188"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="198"/>
        <source>Center %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="202"/>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="204"/>
        <source>Chip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="213"/>
        <source>XID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="214"/>
        <source>XID %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="226"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="228"/>
        <source>%1 (peak %2 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="235"/>
        <location filename="../app/alertlistmodel.cpp" line="237"/>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="263"/>
        <source>by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="265"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="268"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="331"/>
        <source>Since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="378"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="380"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="382"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="384"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="386"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="388"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="390"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::AlertRulesDialog</name>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="51"/>
        <source>Alert Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="54"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="56"/>
        <source>Raise temperature alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="62"/>
        <source>A warning is raised once a chip has stayed at or above this temperature for the time below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="64"/>
        <source>A critical alert is raised as soon as a chip reaches this temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="67"/>
        <source>An alert clears only once the chip has stayed below the warning threshold minus this much, so a value dancing around the threshold does not flap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="70"/>
        <source>&amp;Warning threshold (°C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="71"/>
        <source>Warn after this long at or above it (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="72"/>
        <source>&amp;Critical threshold (°C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="73"/>
        <source>&amp;Hysteresis (°C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="74"/>
        <source>Clear after this long below it (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="77"/>
        <source>XID errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="79"/>
        <source>Raise an alert for every XID error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="82"/>
        <source>none: every XID error is a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="83"/>
        <source>XID codes from 1 to 999, separated by commas. These raise critical alerts; every other code raises a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="90"/>
        <source>Critical &amp;XID codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="94"/>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="96"/>
        <source>Double-bit ECC errors (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="97"/>
        <source>Health faults (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="101"/>
        <source>Clear after the fault is gone for (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="104"/>
        <source>Chips and nodes away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="106"/>
        <source>Chips offline (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="108"/>
        <source>Nodes sending no data (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="111"/>
        <source>Alert after offline for (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="113"/>
        <source>Alert after no data for (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="116"/>
        <source>Limits and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="119"/>
        <source>Beyond this many open alerts new ones are refused and counted, so broken input cannot exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="121"/>
        <source>Notify on the desktop when a critical alert is raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="123"/>
        <source>Open alerts at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="127"/>
        <source>This desktop has no system tray: notifications cannot show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="152"/>
        <source>Set every threshold to its default; the notification choice stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="264"/>
        <source>Correct the critical XID codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::AlertSettings</name>
    <message>
        <location filename="../app/alertsettings.cpp" line="125"/>
        <source>The alert setting %1 is neither true nor false (&quot;%2&quot;); using the default, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="140"/>
        <source>The alert setting %1 is not a whole number (&quot;%2&quot;); using the default, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="147"/>
        <source>The alert setting %1 = %2 is outside %3 to %4; using the default, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="171"/>
        <source>it is not a list of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="178"/>
        <source>The alert setting %1 (&quot;%2&quot;) is not a list of XID codes: %3 Using the default, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="233"/>
        <source>The stored alert thresholds do not fit together: %1 Using the default temperature thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="289"/>
        <source>The critical temperature (%1 °C) must be above the warning threshold (%2 °C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="294"/>
        <source>The hysteresis (%1 °C) must not exceed the warning threshold (%2 °C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="299"/>
        <source>The hysteresis (%1 °C) must be smaller than the gap between warning and critical (%2 °C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="306"/>
        <location filename="../app/alertsettings.cpp" line="351"/>
        <source>%1 is not an XID code: codes go from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="335"/>
        <source>&quot;%1&quot; is not an XID code: enter whole numbers from 1 to 999, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="361"/>
        <source>Too many codes (%1): at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::AlertsPage</name>
    <message>
        <location filename="../app/alertspage.cpp" line="197"/>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="198"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="199"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="229"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="231"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="238"/>
        <source>C&amp;enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="244"/>
        <source>Search any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="249"/>
        <source>Acknowledge the selected alerts, with your name and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="250"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="251"/>
        <source>Save the rows shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="348"/>
        <source>All centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="384"/>
        <source>Not acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="412"/>
        <source>No active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="418"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="418"/>
        <source>%n critical</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="419"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="421"/>
        <source> · %n acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="423"/>
        <source> · %1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="432"/>
        <source>No active alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="434"/>
        <source>No alerts match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="501"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="511"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="515"/>
        <source>Acknowledge %n alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="536"/>
        <source>Copied %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="548"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="551"/>
        <source>Saved %n alert(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="560"/>
        <source>Export alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="561"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::CenterTableModel</name>
    <message>
        <location filename="../app/centertablemodel.cpp" line="73"/>
        <source>Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="85"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="101"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="103"/>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="105"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="107"/>
        <source>Mean utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="109"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="111"/>
        <source>Hottest chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="113"/>
        <source>In fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="115"/>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipDetailView</name>
    <message>
        <location filename="../app/chipdetailview.cpp" line="36"/>
        <source>Utilization, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="37"/>
        <source>Temperature, °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="38"/>
        <source>Power, W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="39"/>
        <source>Memory used, MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="100"/>
        <source>Events in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="105"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="105"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="105"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="159"/>
        <source>Loading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="168"/>
        <source>History could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="200"/>
        <source>No events in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chipdetailview.cpp" line="201"/>
        <source>%n event(s) in this range.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="259"/>
        <source>No chip selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="279"/>
        <source>&lt;b&gt;Chip %1&lt;/b&gt; · %2 · %3 · node %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="284"/>
        <source>No live values yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="290"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="292"/>
        <source>Now (%1): utilization %2 · temperature %3 · power %4 · memory %5 · &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="294"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="295"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="295"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="296"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipRankModel</name>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="57"/>
        <source>Hottest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="59"/>
        <source>Most idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="61"/>
        <source>Most errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="434"/>
        <source>Center %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="437"/>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="441"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="443"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="445"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="447"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="514"/>
        <source>XID %1, double-bit ECC %2, throttling %3, offline %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="540"/>
        <source>Rank by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="542"/>
        <source>XID events in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="544"/>
        <source>Double-bit ECC errors in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="546"/>
        <source>Device memory in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="555"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="557"/>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="559"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="561"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="563"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="565"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="567"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="569"/>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="571"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="573"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="575"/>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="577"/>
        <source>XID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="579"/>
        <source>ECC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipTablesPanel</name>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="43"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="72"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="76"/>
        <source>How many chips to list (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="78"/>
        <source>&amp;Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="80"/>
        <source>C&amp;enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="82"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="83"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="87"/>
        <source>St&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="88"/>
        <source>Search any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="93"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="94"/>
        <source>Save the rows shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="336"/>
        <source>All centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="337"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="381"/>
        <source> · %1 of %n chip(s) reporting a temperature</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="384"/>
        <source> · %1 of %n online chip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="387"/>
        <source> · %1 of %n chip(s) with events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="391"/>
        <source> · in a scope of %n chip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="393"/>
        <source> · %1 match the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="395"/>
        <source> · events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="398"/>
        <source> · events could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="407"/>
        <source>Waiting for the fleet&apos;s inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="412"/>
        <source>Counting events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="413"/>
        <source>Events could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="415"/>
        <source>No chip here had XID, ECC, throttling or offline events in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="417"/>
        <source>No XID, ECC, throttling or offline events in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="419"/>
        <source>Waiting for live data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="421"/>
        <source>No chips match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="424"/>
        <source>No chips match the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="502"/>
        <source>Copied %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="514"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="517"/>
        <source>Saved %n chip(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="532"/>
        <location filename="../app/chiptablespanel.cpp" line="536"/>
        <source>Export chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="533"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipsPage</name>
    <message>
        <location filename="../app/chipspage.cpp" line="618"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="130"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="38"/>
        <location filename="../app/chipspage.cpp" line="39"/>
        <location filename="../app/chipspage.cpp" line="354"/>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="40"/>
        <location filename="../app/chipspage.cpp" line="41"/>
        <location filename="../app/chipspage.cpp" line="358"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="42"/>
        <location filename="../app/chipspage.cpp" line="362"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="43"/>
        <source>Power draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="44"/>
        <location filename="../app/chipspage.cpp" line="45"/>
        <location filename="../app/chipspage.cpp" line="365"/>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="46"/>
        <location filename="../app/chipspage.cpp" line="47"/>
        <location filename="../app/chipspage.cpp" line="370"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="130"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="130"/>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="130"/>
        <source>throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="130"/>
        <source>fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="174"/>
        <source>Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="199"/>
        <source>Mean utilization per center (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="200"/>
        <source>Total power (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="201"/>
        <source>Hottest chip per center (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="217"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="218"/>
        <source>Top chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="354"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="358"/>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="362"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="366"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="480"/>
        <source>Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chipspage.cpp" line="512"/>
        <source>&lt;b&gt;%Ln chip(s) selected&lt;/b&gt; · &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="531"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="542"/>
        <source>Chip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="553"/>
        <source>· %1 of every chip, by center, rack and node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="557"/>
        <source>· %1 of every chip here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="560"/>
        <source>· History and events of one chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="568"/>
        <source>click a chip for its history · drag to select · wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="628"/>
        <source>&lt;br&gt;&lt;i&gt;Click for its history and events.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="608"/>
        <source>&lt;b&gt;Chip %1&lt;/b&gt; · %2&lt;br&gt;Node %3 · %4&lt;br&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="620"/>
        <source>&lt;br&gt;Utilization %1 · Temperature %2&lt;br&gt;Power %3 · Memory %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="621"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="622"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="623"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="624"/>
        <location filename="../app/chipspage.cpp" line="625"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="626"/>
        <source>&lt;br&gt;State: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ConnectionBar</name>
    <message>
        <location filename="../app/connectionbar.cpp" line="41"/>
        <location filename="../app/connectionbar.cpp" line="80"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="48"/>
        <source>Embedded simulator did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="48"/>
        <source>No server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="51"/>
        <source>Server %1 · embedded fleet simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="52"/>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="66"/>
        <source>Last tick %1 · %2 chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="78"/>
        <source>Offline, showing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="78"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="84"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="88"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectionbar.cpp" line="94"/>
        <source>%1 · retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="113"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="115"/>
        <source>Newest data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::CriticalAlertNotices</name>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="93"/>
        <source>SCB Dashboard: %Ln active alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="94"/>
        <source>SCB Dashboard: %Ln active alert(s), %1 critical</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alertnotifier.cpp" line="104"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertnotifier.cpp" line="105"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertnotifier.cpp" line="117"/>
        <source>Critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="121"/>
        <source>%Ln new critical alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="128"/>
        <source>and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::FleetBridge</name>
    <message>
        <location filename="../app/fleetbridge.cpp" line="132"/>
        <source>History is not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="134"/>
        <source>The embedded simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="155"/>
        <source>History write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="366"/>
        <source>Not connected to the ingest pipeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::HistoryChart</name>
    <message>
        <location filename="../app/historychart.cpp" line="76"/>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="106"/>
        <source>Drag across the chart to zoom into that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="120"/>
        <source>Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="44"/>
        <source>SCB Dashboard — smart computing base operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="58"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59"/>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="60"/>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="71"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="72"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="75"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="76"/>
        <source>Alert &amp;thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="78"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="79"/>
        <source>&amp;About SCB Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="81"/>
        <source>About SCB Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="82"/>
        <source>&lt;b&gt;SCB Dashboard %1&lt;/b&gt;&lt;p&gt;Operations dashboard of a smart computing base: the live accelerator fleet and its history.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="154"/>
        <source>History: %1 · %2 ticks received, %3 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source> · store behind by %n tick(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="162"/>
        <source> · %1 skipped while the store was behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source> · compaction behind: %1 ticks waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source> · rejected: %1 chunks, %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source> · %1 incomplete ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source> · %n reconnect(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="185"/>
        <source>%1 active alerts, %2 critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>%1 (and %n more problem(s) with the alert settings, see the log)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>Alert thresholds not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="223"/>
        <source>Alert thresholds applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::OverviewPage</name>
    <message>
        <location filename="../app/overviewpage.cpp" line="26"/>
        <source>Chips online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="27"/>
        <source>Fleet mean utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="28"/>
        <source>Total power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="29"/>
        <source>Chips in fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="46"/>
        <source>Smart computing centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="70"/>
        <source>Total power of the fleet — last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="88"/>
        <source>of %1 installed · target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="94"/>
        <source>over %1 chips reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="99"/>
        <source>%1 W per chip online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="102"/>
        <source>%1 throttled · %2 offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::TimeRange</name>
    <message>
        <location filename="../app/timerange.cpp" line="73"/>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="75"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="77"/>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="79"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="81"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="83"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="90"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="92"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="94"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="96"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="97"/>
        <source>Last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="111"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::TimeRangeBar</name>
    <message>
        <location filename="../app/timerangebar.cpp" line="149"/>
        <source>Back to the previous time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="151"/>
        <source>Forward to the next time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="171"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="172"/>
        <source>Show a fixed range of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="178"/>
        <source>Query the history again at this interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="180"/>
        <source>Refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="181"/>
        <source>Refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::TimeRangeController</name>
    <message>
        <location filename="../app/timerange.cpp" line="24"/>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="25"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="26"/>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="27"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="28"/>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="29"/>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="141"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="143"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="145"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="146"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="159"/>
        <source>Times before 1 January 2000 are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="161"/>
        <source>Times after 1 January 2100 are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="163"/>
        <source>The start must be before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="165"/>
        <source>The range must be at least %1 seconds long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::TimeRangeDialog</name>
    <message>
        <location filename="../app/timerangebar.cpp" line="60"/>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="67"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="68"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="125"/>
        <source>Longer than %1 days: only the last %1 days up to the end are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::UtilizationHistogram</name>
    <message>
        <location filename="../app/utilizationhistogram.cpp" line="49"/>
        <location filename="../app/utilizationhistogram.cpp" line="80"/>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/utilizationhistogram.cpp" line="77"/>
        <source>Utilization (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/utilizationhistogram.cpp" line="126"/>
        <source>Chips by utilization now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/utilizationhistogram.cpp" line="132"/>
        <source>%Ln chip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/utilizationhistogram.cpp" line="135"/>
        <source>%1, %Ln without data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../app/appoptions.cpp" line="52"/>
        <source>Operations dashboard of a smart computing base: live accelerator fleet, history, datasets, cloud adoption and industry output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="58"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="61"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="64"/>
        <source>Telemetry server to connect to (host:port). Without it, an embedded fleet simulator is started in-process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="70"/>
        <source>History database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="75"/>
        <source>Chips of the embedded simulator (default: 80000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="80"/>
        <source>Centers of the embedded simulator (default: 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="85"/>
        <source>Seed of the embedded simulator (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="89"/>
        <source>Language of the user interface for this run: zh_CN or en (default: the one chosen in Settings → Language, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="99"/>
        <source>What to show: operator (the dashboard, default) or summary (full-screen slides for a meeting-room screen; Esc quits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="106"/>
        <source>Write a PDF report to this file and exit, without a window or a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="112"/>
        <source>Period of the report: 24h, 7d, 30d or FROM..TO (dates YYYY-MM-DD or local times YYYY-MM-DDTHH:MM; default: 24h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="118"/>
        <source>Sections of the report, comma-separated: %1 (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="124"/>
        <source>Paper size of the report: A4, A3 or Letter (default: A4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="129"/>
        <source>Orientation of the report: portrait or landscape (default: portrait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="154"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="160"/>
        <source>--server: expected host:port, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="166"/>
        <source>--db: the file name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="172"/>
        <source>--lang: expected zh_CN or en, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="180"/>
        <source>--mode: expected operator or summary, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="188"/>
        <source>--report: the file name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="193"/>
        <source>--range, --sections, --paper and --orientation need --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="213"/>
        <source>--paper: expected A4, A3 or Letter, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="221"/>
        <source>--orientation: expected portrait or landscape, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="230"/>
        <source>--sim-chips: expected an integer in 1..1000000, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="237"/>
        <source>--sim-centers: expected an integer in 1..64, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="246"/>
        <source>--sim-seed: expected a non-negative integer, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../app/formatting.cpp" line="21"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="29"/>
        <source>%1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="32"/>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="34"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="56"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="58"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="60"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="61"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="190"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="192"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="193"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="195"/>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="197"/>
        <source>throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="199"/>
        <source>ECC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="201"/>
        <source>XID event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="203"/>
        <source>health fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="211"/>
        <source>XID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="213"/>
        <source>double-bit ECC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="215"/>
        <source>went offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="217"/>
        <source>back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="219"/>
        <source>thermal throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="221"/>
        <source>unknown event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="236"/>
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
        <translation>
            <numerusform>%Ln chip</numerusform>
            <numerusform>%Ln chips</numerusform>
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
        <location filename="../app/alertspage.cpp" line="100"/>
        <location filename="../app/alertspage.cpp" line="126"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="110"/>
        <source>What is being done about it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="113"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="114"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="165"/>
        <source>Enter who acknowledges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="167"/>
        <source>The name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="169"/>
        <source>The note is too long (at most %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::AdoptionPage</name>
    <message>
        <location filename="../app/adoptionpage.cpp" line="104"/>
        <source>%1 (synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="105"/>
        <source>%1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="118"/>
        <source>Enterprises on the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="119"/>
        <location filename="../app/adoptionpage.cpp" line="411"/>
        <source>On the cloud by industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="120"/>
        <location filename="../app/adoptionpage.cpp" line="462"/>
        <source>On the cloud by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="121"/>
        <source>New adopters per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="123"/>
        <source>Enterprises above designated size on the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="131"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="137"/>
        <source>From data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="138"/>
        <source> enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="141"/>
        <source>The target line of the chart. “From data” draws the target the data gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="207"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="275"/>
        <source>Target: %1 (set here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="278"/>
        <source>Target %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="302"/>
        <source>%1 enterprises on the cloud (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="306"/>
        <source>province figure %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="311"/>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="343"/>
        <location filename="../app/adoptionpage.cpp" line="438"/>
        <location filename="../app/adoptionpage.cpp" line="529"/>
        <location filename="../app/adoptionpage.cpp" line="568"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="375"/>
        <location filename="../app/adoptionpage.cpp" line="449"/>
        <location filename="../app/adoptionpage.cpp" line="519"/>
        <location filename="../app/adoptionpage.cpp" line="635"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="382"/>
        <source>Province figure: %1 (%2, synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="385"/>
        <source>Province figure: %1 (published %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="412"/>
        <source>On the cloud by industry, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="419"/>
        <source>Enterprises, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="463"/>
        <source>On the cloud by region, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="479"/>
        <source>Guiyang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="479"/>
        <source>Gui&apos;an New Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="480"/>
        <source>Other cities and prefectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="582"/>
        <source>%1: %2 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="600"/>
        <source>Share on the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="622"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::AdoptionSection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="400"/>
        <source>No cloud adoption figures are available: connect to a server once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="410"/>
        <source>Enterprises on the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="413"/>
        <source>Province figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="414"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="416"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="432"/>
        <source>Enterprises on the cloud against the province figure and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="433"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="451"/>
        <source>Enterprises on the cloud (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="463"/>
        <source>No figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="466"/>
        <source>By industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="466"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="467"/>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="467"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="70"/>
        <source>Enterprise cloud adoption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::AlertListModel</name>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="56"/>
        <source>for %n s</source>
        <translation>
            <numerusform>for %n s</numerusform>
            <numerusform>for %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="58"/>
        <source>for %n min</source>
        <translation>
            <numerusform>for %n min</numerusform>
            <numerusform>for %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="60"/>
        <source>for %n h</source>
        <translation>
            <numerusform>for %n h</numerusform>
            <numerusform>for %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="61"/>
        <source>for %n days</source>
        <translation>
            <numerusform>for %n day</numerusform>
            <numerusform>for %n days</numerusform>
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
        <location filename="../app/alertspage.cpp" line="187"/>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="188"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="189"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="219"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="221"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="228"/>
        <source>C&amp;enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="234"/>
        <source>Search any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="239"/>
        <source>Acknowledge the selected alerts, with your name and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="322"/>
        <source>All centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="358"/>
        <source>Not acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="386"/>
        <source>No active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="392"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="392"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="393"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="395"/>
        <source> · %n acknowledged</source>
        <translation>
            <numerusform> · %n acknowledged</numerusform>
            <numerusform> · %n acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="397"/>
        <source> · %1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="406"/>
        <source>No active alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="408"/>
        <source>No alerts match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="455"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="465"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="469"/>
        <source>Acknowledge %n alert(s)</source>
        <translation>
            <numerusform>Acknowledge %n alert</numerusform>
            <numerusform>Acknowledge %n alerts</numerusform>
        </translation>
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
    <name>scb::ChartExport</name>
    <message>
        <location filename="../app/chartexport.cpp" line="61"/>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="62"/>
        <source>Save chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="63"/>
        <source>Save chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="68"/>
        <source>A picture at twice the size shown, for slides and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="72"/>
        <source>Lines and text as vectors, sharp at any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="73"/>
        <source>The picture in an SVG file, for drawing programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="102"/>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="130"/>
        <source>A chart from SCB Dashboard, saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="135"/>
        <source>the SVG could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="187"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="187"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="188"/>
        <location filename="../app/chartexport.cpp" line="194"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="200"/>
        <source>Copied the chart as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="206"/>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="206"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipDetailView</name>
    <message>
        <location filename="../app/chipdetailview.cpp" line="39"/>
        <source>Utilization, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="40"/>
        <source>Temperature, °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="41"/>
        <source>Power, W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="42"/>
        <source>Memory used, MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="104"/>
        <source>Events in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="109"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="109"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="109"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="165"/>
        <source>Loading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="174"/>
        <source>History could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="206"/>
        <source>No events in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chipdetailview.cpp" line="207"/>
        <source>%n event(s) in this range.</source>
        <translation>
            <numerusform>%n event in this range.</numerusform>
            <numerusform>%n events in this range.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="264"/>
        <source>No chip selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="284"/>
        <source>&lt;b&gt;Chip %1&lt;/b&gt; · %2 · %3 · node %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="289"/>
        <source>No live values yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="295"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="297"/>
        <source>Now (%1): utilization %2 · temperature %3 · power %4 · memory %5 · &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="299"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="300"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="300"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="301"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipRankModel</name>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="58"/>
        <source>Hottest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="60"/>
        <source>Most idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="62"/>
        <source>Most errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="436"/>
        <source>Center %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="439"/>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="443"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="445"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="447"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="449"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="516"/>
        <source>XID %1, double-bit ECC %2, throttling %3, offline %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="542"/>
        <source>Rank by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="544"/>
        <source>XID events in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="546"/>
        <source>Double-bit ECC errors in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="548"/>
        <source>Device memory in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="557"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="559"/>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="561"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="563"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="565"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="567"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="569"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="571"/>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="573"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="575"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="577"/>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="579"/>
        <source>XID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="581"/>
        <source>ECC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipTablesPanel</name>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="38"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="39"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="68"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="72"/>
        <source>How many chips to list (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="74"/>
        <source>&amp;Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="76"/>
        <source>C&amp;enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="78"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="79"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="83"/>
        <source>St&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="84"/>
        <source>Search any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="313"/>
        <source>All centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="314"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="358"/>
        <source> · %1 of %n chip(s) reporting a temperature</source>
        <translation>
            <numerusform> · %1 of %n chip reporting a temperature</numerusform>
            <numerusform> · %1 of %n chips reporting a temperature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="361"/>
        <source> · %1 of %n online chip(s)</source>
        <translation>
            <numerusform> · %1 of %n online chip</numerusform>
            <numerusform> · %1 of %n online chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="364"/>
        <source> · %1 of %n chip(s) with events</source>
        <translation>
            <numerusform> · %1 of %n chip with events</numerusform>
            <numerusform> · %1 of %n chips with events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="368"/>
        <source> · in a scope of %n chip(s)</source>
        <translation>
            <numerusform> · in a scope of %n chip</numerusform>
            <numerusform> · in a scope of %n chips</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="370"/>
        <source> · %1 match the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="372"/>
        <source> · events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="375"/>
        <source> · events could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="384"/>
        <source>Waiting for the fleet&apos;s inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="389"/>
        <source>Counting events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="390"/>
        <source>Events could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="392"/>
        <source>No chip here had XID, ECC, throttling or offline events in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="394"/>
        <source>No XID, ECC, throttling or offline events in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="396"/>
        <source>Waiting for live data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="398"/>
        <source>No chips match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="401"/>
        <source>No chips match the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipsPage</name>
    <message>
        <location filename="../app/chipspage.cpp" line="619"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="39"/>
        <location filename="../app/chipspage.cpp" line="40"/>
        <location filename="../app/chipspage.cpp" line="356"/>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="41"/>
        <location filename="../app/chipspage.cpp" line="42"/>
        <location filename="../app/chipspage.cpp" line="360"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="43"/>
        <location filename="../app/chipspage.cpp" line="364"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="44"/>
        <source>Power draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="45"/>
        <location filename="../app/chipspage.cpp" line="46"/>
        <location filename="../app/chipspage.cpp" line="367"/>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="47"/>
        <location filename="../app/chipspage.cpp" line="48"/>
        <location filename="../app/chipspage.cpp" line="372"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="175"/>
        <source>Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="200"/>
        <source>Mean utilization per center (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="201"/>
        <source>Total power (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="202"/>
        <source>Hottest chip per center (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="218"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="219"/>
        <source>Top chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="356"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="360"/>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="364"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="368"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="482"/>
        <source>Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chipspage.cpp" line="513"/>
        <source>&lt;b&gt;%Ln chip(s) selected&lt;/b&gt; · &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln chip selected&lt;/b&gt; · &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln chips selected&lt;/b&gt; · &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="532"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="543"/>
        <source>Chip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="554"/>
        <source>· %1 of every chip, by center, rack and node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="558"/>
        <source>· %1 of every chip here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="561"/>
        <source>· History and events of one chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="569"/>
        <source>click a chip for its history · drag to select · wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="629"/>
        <source>&lt;br&gt;&lt;i&gt;Click for its history and events.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="609"/>
        <source>&lt;b&gt;Chip %1&lt;/b&gt; · %2&lt;br&gt;Node %3 · %4&lt;br&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="621"/>
        <source>&lt;br&gt;Utilization %1 · Temperature %2&lt;br&gt;Power %3 · Memory %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="622"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="623"/>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="624"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="625"/>
        <location filename="../app/chipspage.cpp" line="626"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="627"/>
        <source>&lt;br&gt;State: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ChipsSection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="260"/>
        <source>No fleet history is available for this report (database: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="266"/>
        <source>Utilization per center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="267"/>
        <source>Utilization (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="277"/>
        <source>Hottest chips now, over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="278"/>
        <source>Temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="284"/>
        <source>Chip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="295"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="296"/>
        <source>Active critical alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="298"/>
        <source>Active warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="300"/>
        <location filename="../app/reportsections.cpp" line="303"/>
        <source>Alerts raised in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="304"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="304"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="304"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="304"/>
        <location filename="../app/reportsections.cpp" line="326"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="305"/>
        <location filename="../app/reportsections.cpp" line="326"/>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="305"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="305"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="310"/>
        <source>cleared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="311"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="311"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="321"/>
        <source>No alerts were raised in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="325"/>
        <source>Chips with the most events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="326"/>
        <source>XID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="327"/>
        <source>Double-bit ECC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="327"/>
        <source>Throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="327"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="338"/>
        <source>No chip events in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="52"/>
        <source>Chips and alerts</source>
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
        <translation>
            <numerusform>%1 · retrying in %n s</numerusform>
            <numerusform>%1 · retrying in %n s</numerusform>
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
        <translation>
            <numerusform>SCB Dashboard: %Ln active alert</numerusform>
            <numerusform>SCB Dashboard: %Ln active alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="94"/>
        <source>SCB Dashboard: %Ln active alert(s), %1 critical</source>
        <translation>
            <numerusform>SCB Dashboard: %Ln active alert, %1 critical</numerusform>
            <numerusform>SCB Dashboard: %Ln active alerts, %1 critical</numerusform>
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
        <translation>
            <numerusform>%Ln new critical alert</numerusform>
            <numerusform>%Ln new critical alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="128"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::DatasetImport</name>
    <message>
        <location filename="../app/datasetimport.cpp" line="613"/>
        <source>no identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="680"/>
        <source>item %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="770"/>
        <source>identifier: %1 appears again (first in item %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="999"/>
        <source>not a CKAN package (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1361"/>
        <source>The file holds no dcat:Dataset (neither in a dcat:Catalog nor on its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1365"/>
        <location filename="../app/datasetimport.cpp" line="1509"/>
        <location filename="../app/datasetimport.cpp" line="1528"/>
        <location filename="../app/datasetimport.cpp" line="1541"/>
        <location filename="../app/datasetimport.cpp" line="1563"/>
        <source>The file lists more than %1 datasets; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1372"/>
        <source>not a dcat:Dataset (a JSON object or a reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1377"/>
        <source>a reference to a dataset the file does not describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1396"/>
        <source>Format names upper-cased: %n.</source>
        <translation>
            <numerusform>Format names upper-cased: %n.</numerusform>
            <numerusform>Format names upper-cased: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1398"/>
        <source>Datasets with formats left out (over %1 formats, or a name over %2 bytes): %n, first item %3.</source>
        <translation>
            <numerusform>Datasets with formats left out (over %1 formats, or a name over %2 bytes): %n, first item %3.</numerusform>
            <numerusform>Datasets with formats left out (over %1 formats, or a name over %2 bytes): %n, first item %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1405"/>
        <source>Datasets with keywords left out (over %1 keywords, or one over %2 bytes): %n, first item %3.</source>
        <translation>
            <numerusform>Datasets with keywords left out (over %1 keywords, or one over %2 bytes): %n, first item %3.</numerusform>
            <numerusform>Datasets with keywords left out (over %1 keywords, or one over %2 bytes): %n, first item %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1412"/>
        <source>Texts cut to %1 bytes: %n, first item %2.</source>
        <translation>
            <numerusform>Texts cut to %1 bytes: %n, first item %2.</numerusform>
            <numerusform>Texts cut to %1 bytes: %n, first item %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1417"/>
        <source>Values of an unexpected type ignored: %n, first item %1.</source>
        <translation>
            <numerusform>Values of an unexpected type ignored: %n, first item %1.</numerusform>
            <numerusform>Values of an unexpected type ignored: %n, first item %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1421"/>
        <source>Dates not in the form YYYY-MM-DD left empty: %n, first item %1.</source>
        <translation>
            <numerusform>Dates not in the form YYYY-MM-DD left empty: %n, first item %1.</numerusform>
            <numerusform>Dates not in the form YYYY-MM-DD left empty: %n, first item %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1425"/>
        <source>Identifiers adapted to the characters A-Z a-z 0-9 . _ : - (an IRI to its last segment): %n, first item %1.</source>
        <translation>
            <numerusform>Identifiers adapted to the characters A-Z a-z 0-9 . _ : - (an IRI to its last segment): %n, first item %1.</numerusform>
            <numerusform>Identifiers adapted to the characters A-Z a-z 0-9 . _ : - (an IRI to its last segment): %n, first item %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1430"/>
        <source>Datasets without a title, named by their identifier: %n, first item %1.</source>
        <translation>
            <numerusform>Datasets without a title, named by their identifier: %n, first item %1.</numerusform>
            <numerusform>Datasets without a title, named by their identifier: %n, first item %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1436"/>
        <source>Landing pages left out (not an http or https URL): %n, first item %1.</source>
        <translation>
            <numerusform>Landing pages left out (not an http or https URL): %n, first item %1.</numerusform>
            <numerusform>Landing pages left out (not an http or https URL): %n, first item %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1440"/>
        <source>Landing pages set to the dataset&apos;s page on the portal: %n.</source>
        <translation>
            <numerusform>Landing pages set to the dataset&apos;s page on the portal: %n.</numerusform>
            <numerusform>Landing pages set to the dataset&apos;s page on the portal: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1443"/>
        <source>Datasets with no theme the catalog knows, filed under &quot;other&quot;: %n.</source>
        <translation>
            <numerusform>Datasets with no theme the catalog knows, filed under &quot;other&quot;: %n.</numerusform>
            <numerusform>Datasets with no theme the catalog knows, filed under &quot;other&quot;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1446"/>
        <source>Texts in a language other than Chinese or English, kept as the English text: %n, first item %1.</source>
        <translation>
            <numerusform>Texts in a language other than Chinese or English, kept as the English text: %n, first item %1.</numerusform>
            <numerusform>Texts in a language other than Chinese or English, kept as the English text: %n, first item %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1455"/>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1465"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1469"/>
        <source>The file nests arrays and objects deeper than %1 levels; no catalogue does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1477"/>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1497"/>
        <source>The portal answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1498"/>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1516"/>
        <source>The response holds %1 of the %2 datasets the search found; the others are on further pages of the portal&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1533"/>
        <source>The CKAN response has no &quot;result&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1551"/>
        <source>The file is neither a CKAN API response nor a DCAT-AP JSON-LD catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1558"/>
        <source>The file is an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1573"/>
        <source>The file is a list of %1, not of datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1574"/>
        <source>strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1574"/>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1578"/>
        <source>The file is not a JSON object or array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::DatasetTableModel</name>
    <message>
        <location filename="../app/datasetmodels.cpp" line="202"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="204"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="206"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="208"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="210"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="212"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="214"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="216"/>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="218"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::DatasetsPage</name>
    <message>
        <location filename="../app/datasetspage.cpp" line="115"/>
        <source>Synthetic sample row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="118"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="140"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="151"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="152"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="155"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="156"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="157"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="158"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="159"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="162"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="163"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="166"/>
        <source>Temporal coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="167"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="169"/>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="171"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="172"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="173"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="176"/>
        <source>Landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="259"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="264"/>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="267"/>
        <source>Datasets and volume by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="268"/>
        <source>Datasets issued per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="281"/>
        <source>Search titles, descriptions and keywords (中文 or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="285"/>
        <source>&amp;Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="288"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="289"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="290"/>
        <source>Recently modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="291"/>
        <source>Recently issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="292"/>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="293"/>
        <source>Most records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="295"/>
        <source>Clear the search and every facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="314"/>
        <source>Facets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="371"/>
        <source>List the next %n dataset(s)</source>
        <translation>
            <numerusform>List the next %n dataset</numerusform>
            <numerusform>List the next %n datasets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="389"/>
        <source>Dataset details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="489"/>
        <source>The export was cancelled: the list changed. Export again to save the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="578"/>
        <source>The export to %1 was replaced by one to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="589"/>
        <source>The export stopped: the catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="600"/>
        <source>Listing all %n dataset(s) for the export…</source>
        <translation>
            <numerusform>Listing all %n dataset for the export…</numerusform>
            <numerusform>Listing all %n datasets for the export…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="602"/>
        <source>Listing every match for the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="635"/>
        <source>Datasets (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="638"/>
        <source>Volume (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="657"/>
        <source>% of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="666"/>
        <source>%1: %2 datasets (%3 %), %4 (%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="687"/>
        <source>Issued that year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="691"/>
        <source>In the catalog (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="711"/>
        <source>Datasets issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="716"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="724"/>
        <source>%1: %n dataset(s) issued</source>
        <translation>
            <numerusform>%1: %n dataset issued</numerusform>
            <numerusform>%1: %n datasets issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="731"/>
        <source>End of %1: %n dataset(s) in the catalog</source>
        <translation>
            <numerusform>End of %1: %n dataset in the catalog</numerusform>
            <numerusform>End of %1: %n datasets in the catalog</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="802"/>
        <source>Select a dataset to read about it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="816"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="818"/>
        <source>%1 of %n dataset(s) listed</source>
        <translation>
            <numerusform>%1 of %n dataset listed</numerusform>
            <numerusform>%1 of %n datasets listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="824"/>
        <source>The catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="826"/>
        <source>Sorted among the %1 datasets listed; scroll down to list more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="829"/>
        <source>Scroll down to list more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="844"/>
        <source>The catalog could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="846"/>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="848"/>
        <source>No dataset matches the search and the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="850"/>
        <source>No datasets yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::DatasetsSection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="349"/>
        <source>No dataset catalog is available: connect to a server once, or import a catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="358"/>
        <location filename="../app/reportsections.cpp" line="365"/>
        <location filename="../app/reportsections.cpp" line="366"/>
        <location filename="../app/reportsections.cpp" line="369"/>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="358"/>
        <source>in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="359"/>
        <location filename="../app/reportsections.cpp" line="369"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="359"/>
        <source>where known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="360"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="361"/>
        <source>tourism, electricity, government, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="364"/>
        <source>Datasets by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="368"/>
        <source>Datasets and volume by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="369"/>
        <location filename="../app/reportsections.cpp" line="383"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="382"/>
        <source>Newest datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="383"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="383"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="383"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="389"/>
        <source>No datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="61"/>
        <source>Training datasets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::FacetModel</name>
    <message numerus="yes">
        <location filename="../app/datasetmodels.cpp" line="435"/>
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · %n selected</numerusform>
            <numerusform>%1 · %n selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="455"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetmodels.cpp" line="458"/>
        <source>%1: %n dataset(s)</source>
        <translation>
            <numerusform>%1: %n dataset</numerusform>
            <numerusform>%1: %n datasets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::FleetBridge</name>
    <message>
        <location filename="../app/fleetbridge.cpp" line="139"/>
        <source>History is not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="141"/>
        <source>The embedded simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="162"/>
        <source>History write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="373"/>
        <source>Not connected to the ingest pipeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::HistoryChart</name>
    <message>
        <location filename="../app/historychart.cpp" line="77"/>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="107"/>
        <source>Drag across the chart to zoom into that time; right-click to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="122"/>
        <source>Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ImportReportDialog</name>
    <message>
        <location filename="../app/datasetspage.cpp" line="190"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="197"/>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="201"/>
        <source>Imported %n dataset(s) from %1.</source>
        <translation>
            <numerusform>Imported %n dataset from %1.</numerusform>
            <numerusform>Imported %n datasets from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="202"/>
        <source>Imported %n dataset(s) from %1 (%2).</source>
        <translation>
            <numerusform>Imported %n dataset from %1 (%2).</numerusform>
            <numerusform>Imported %n datasets from %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="206"/>
        <source>%n item(s) refused.</source>
        <translation>
            <numerusform>%n item refused.</numerusform>
            <numerusform>%n items refused.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="213"/>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="220"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="225"/>
        <source>Nothing was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::IndustryPage</name>
    <message>
        <location filename="../app/industrypage.cpp" line="75"/>
        <source>%1 (synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="76"/>
        <source>%1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="83"/>
        <source>Target %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="152"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="186"/>
        <source>Big data electronic information industry output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="187"/>
        <source>Software and IT services revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="189"/>
        <source>Growing enterprises introduced and cultivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="191"/>
        <location filename="../app/industrypage.cpp" line="414"/>
        <source>Large-model application scenarios by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="245"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="294"/>
        <source>Output value %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="297"/>
        <location filename="../app/industrypage.cpp" line="308"/>
        <source>(×%1 in five years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="305"/>
        <source>software and IT services %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="315"/>
        <source>growing enterprises %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="324"/>
        <source>large-model scenarios %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="326"/>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="337"/>
        <source>Output value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="343"/>
        <source>Year-on-year growth (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="366"/>
        <source>Growth (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="377"/>
        <source>%1: %2 over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="388"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="400"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="461"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="477"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::IndustrySection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="477"/>
        <source>No industry output figures are available: connect to a server once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="488"/>
        <source>Software revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="491"/>
        <source>Software revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="496"/>
        <source>Growing enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="498"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="503"/>
        <source>Output value and software revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="509"/>
        <source>Growing enterprises against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="509"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="521"/>
        <source>Figures by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="522"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="541"/>
        <source>No figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="79"/>
        <source>Industry output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="62"/>
        <source>SCB Dashboard — smart computing base operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="76"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="77"/>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="78"/>
        <location filename="../app/mainwindow.cpp" line="279"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="79"/>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="80"/>
        <source>Cloud adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="81"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>&amp;Import datasets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>Add datasets from a CKAN package_search response or a DCAT-AP catalogue (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>Write a PDF report of the fleet and the base&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="111"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="115"/>
        <source>&amp;Summary screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>Full-screen slides for a meeting-room screen (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="119"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="120"/>
        <source>Alert &amp;thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="122"/>
        <source>Summary &amp;screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>&amp;About SCB Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>About SCB Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="151"/>
        <source>&lt;b&gt;SCB Dashboard %1&lt;/b&gt;&lt;p&gt;Operations dashboard of a smart computing base: the live accelerator fleet and its history, the datasets it publishes, enterprises on the cloud and industry output.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Import datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Catalogues (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="254"/>
        <source>History: %1 · %2 ticks received, %3 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="259"/>
        <source> · store behind by %n tick(s)</source>
        <translation>
            <numerusform> · store behind by %n tick</numerusform>
            <numerusform> · store behind by %n ticks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="262"/>
        <source> · %1 skipped while the store was behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="264"/>
        <source> · compaction behind: %1 ticks waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266"/>
        <source> · rejected: %1 chunks, %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269"/>
        <source> · %1 incomplete ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="271"/>
        <source> · %n reconnect(s)</source>
        <translation>
            <numerusform> · %n reconnect</numerusform>
            <numerusform> · %n reconnects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="279"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="285"/>
        <source>%1 active alerts, %2 critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="301"/>
        <source>%1 (and %n more problem(s) with the alert settings, see the log)</source>
        <translation>
            <numerusform>%1 (and %n more problem with the alert settings, see the log)</numerusform>
            <numerusform>%1 (and %n more problems with the alert settings, see the log)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="316"/>
        <source>Alert thresholds not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="323"/>
        <source>Alert thresholds applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ObservationTableModel</name>
    <message>
        <location filename="../app/datasetmodels.cpp" line="595"/>
        <source>synthetic (sample data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="610"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="612"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="614"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="616"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="618"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="620"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ObservationTablePanel</name>
    <message>
        <location filename="../app/statwidgets.cpp" line="87"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statwidgets.cpp" line="88"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statwidgets.cpp" line="102"/>
        <source>Search the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/statwidgets.cpp" line="176"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/statwidgets.cpp" line="177"/>
        <source>%1 of %n figure(s)</source>
        <translation>
            <numerusform>%1 of %n figure</numerusform>
            <numerusform>%1 of %n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::OverviewPage</name>
    <message>
        <location filename="../app/overviewpage.cpp" line="27"/>
        <source>Chips online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="28"/>
        <source>Fleet mean utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="29"/>
        <source>Total power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="30"/>
        <source>Chips in fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="47"/>
        <source>Smart computing centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="72"/>
        <source>Total power of the fleet — last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="75"/>
        <source>Total power of the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="93"/>
        <source>of %1 installed · target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="99"/>
        <source>over %1 chips reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="104"/>
        <source>%1 W per chip online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="107"/>
        <source>%1 throttled · %2 offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::OverviewSection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="185"/>
        <source>No fleet history is available for this report (database: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="192"/>
        <source>Chips online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="194"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="195"/>
        <location filename="../app/reportsections.cpp" line="210"/>
        <source>Mean utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="196"/>
        <source>over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="198"/>
        <source>Power now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="199"/>
        <source>whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="200"/>
        <source>Chips with faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="202"/>
        <source>ECC, XID or health fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="205"/>
        <source>Latest fleet data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="208"/>
        <source>Smart computing centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="209"/>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="209"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="209"/>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="209"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="210"/>
        <source>Utilization now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="210"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="210"/>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="226"/>
        <source>No centers in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="230"/>
        <source>Fleet utilization over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="231"/>
        <source>Utilization (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="235"/>
        <location filename="../app/reportsections.cpp" line="248"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="239"/>
        <source>Power, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="247"/>
        <source>Power (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="43"/>
        <source>Fleet overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ReportBuilder</name>
    <message>
        <location filename="../app/reportsections.cpp" line="567"/>
        <source>Gui&apos;an smart computing base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="580"/>
        <source>Operations report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="581"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="582"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="584"/>
        <source>; </source>
        <comment>between the items of a title page fact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="587"/>
        <source>history database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="589"/>
        <source>statistics from server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="591"/>
        <source>statistics from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="592"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="592"/>
        <source>none available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="596"/>
        <source>fleet data up to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="599"/>
        <source>statistics fetched %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="602"/>
        <source>Freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="603"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="604"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="607"/>
        <source>Not everything could be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="615"/>
        <source>No fleet history falls in the period: it ends at %1. The dashboard records the fleet only while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="619"/>
        <source>The fleet history ends at %1, before the end of the period (%2). The dashboard records the fleet only while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="625"/>
        <source>%1 · generated by scb-dashboard on %2 · period %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="629"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="631"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="632"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="632"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="632"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="632"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="639"/>
        <source>Chips online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="641"/>
        <source>Chips in the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="643"/>
        <source>Mean utilization over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="645"/>
        <source>Power now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="646"/>
        <source>Chips with faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="651"/>
        <source>Open alerts raised in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="655"/>
        <source>Datasets in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="666"/>
        <source>Enterprises on the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="672"/>
        <source>Software revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="678"/>
        <source>Growing enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="681"/>
        <source>No figures are available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ReportDialog</name>
    <message>
        <location filename="../app/reportdialog.cpp" line="40"/>
        <source>&amp;Open the report when it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="46"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="60"/>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="62"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="63"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="64"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="65"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="79"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="86"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="90"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="91"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="92"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="93"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="94"/>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="103"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="107"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="117"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="180"/>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="182"/>
        <source>The period must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="189"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="190"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="205"/>
        <source>Reading the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="236"/>
        <source>Drawing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="259"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="263"/>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="264"/>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="288"/>
        <location filename="../app/reportdialog.cpp" line="291"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::ReportDocument</name>
    <message>
        <location filename="../app/report.cpp" line="74"/>
        <source>expected 1h to 400d, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="83"/>
        <source>expected dates YYYY-MM-DD or times YYYY-MM-DDTHH:MM in FROM..TO, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="87"/>
        <source>the start must come before the end, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="89"/>
        <source>at most 400 days in one report, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="94"/>
        <source>expected 24h, 7d, 30d or FROM..TO, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="105"/>
        <source>unknown section &apos;%1&apos; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="110"/>
        <source>no section named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="271"/>
        <source>Server %1 did not answer (%2): figures from the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="320"/>
        <location filename="../app/report.cpp" line="335"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="325"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="444"/>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="575"/>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="777"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="799"/>
        <source>The page layout is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="828"/>
        <location filename="../app/reportdocument.cpp" line="841"/>
        <source>Cannot write the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="832"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::StatCharts</name>
    <message>
        <location filename="../app/statwidgets.cpp" line="472"/>
        <source>Published figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::StatLabels</name>
    <message>
        <location filename="../app/statlabels.cpp" line="23"/>
        <location filename="../app/statlabels.cpp" line="44"/>
        <location filename="../app/statlabels.cpp" line="93"/>
        <source>Tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="24"/>
        <location filename="../app/statlabels.cpp" line="47"/>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="25"/>
        <location filename="../app/statlabels.cpp" line="95"/>
        <source>Government affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="26"/>
        <location filename="../app/statlabels.cpp" line="99"/>
        <source>Meteorology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="27"/>
        <location filename="../app/statlabels.cpp" line="43"/>
        <location filename="../app/statlabels.cpp" line="92"/>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="28"/>
        <location filename="../app/statlabels.cpp" line="90"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="29"/>
        <location filename="../app/statlabels.cpp" line="45"/>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="30"/>
        <location filename="../app/statlabels.cpp" line="52"/>
        <location filename="../app/statlabels.cpp" line="96"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="31"/>
        <location filename="../app/statlabels.cpp" line="50"/>
        <location filename="../app/statlabels.cpp" line="94"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="32"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="33"/>
        <location filename="../app/statlabels.cpp" line="42"/>
        <location filename="../app/statlabels.cpp" line="97"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="34"/>
        <location filename="../app/statlabels.cpp" line="57"/>
        <location filename="../app/statlabels.cpp" line="100"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="38"/>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="39"/>
        <source>Retail and wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="40"/>
        <source>Wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="41"/>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="46"/>
        <location filename="../app/statlabels.cpp" line="98"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="48"/>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="49"/>
        <source>Software and IT services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="51"/>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="53"/>
        <source>Mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="54"/>
        <source>Telecommunications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="55"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="56"/>
        <source>Real estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="63"/>
        <source>Nanming District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="64"/>
        <source>Yunyan District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="65"/>
        <source>Huaxi District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="66"/>
        <source>Wudang District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="67"/>
        <source>Baiyun District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="68"/>
        <source>Guanshanhu District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="69"/>
        <source>Qingzhen City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="70"/>
        <source>Xiuwen County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="71"/>
        <source>Kaiyang County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="72"/>
        <source>Xifeng County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="75"/>
        <source>Gui&apos;an New Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="78"/>
        <source>Guiyang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="79"/>
        <source>Zunyi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="80"/>
        <source>Liupanshui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="81"/>
        <source>Anshun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="82"/>
        <source>Bijie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="83"/>
        <source>Tongren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="84"/>
        <source>Qiandongnan Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="85"/>
        <source>Qiannan Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="86"/>
        <source>Qianxinan Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="91"/>
        <source>Rural vitalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="104"/>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="105"/>
        <source>Provincial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="106"/>
        <source>Municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="110"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="111"/>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="112"/>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="116"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="117"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="118"/>
        <source>Not public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="122"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="123"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="124"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="125"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="126"/>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="127"/>
        <source>Irregular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="128"/>
        <source>Never updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="132"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="133"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="134"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="135"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="136"/>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="137"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="138"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="142"/>
        <source>Enterprises on the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="143"/>
        <source>New adopters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="144"/>
        <source>On the cloud by industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="145"/>
        <source>On the cloud by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="147"/>
        <source>Enterprises above designated size on the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="148"/>
        <source>Province figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="149"/>
        <source>Adoption target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="151"/>
        <source>Big data electronic information industry output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="152"/>
        <source>Software and IT services revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="153"/>
        <source>Software revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="154"/>
        <source>Growing enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="156"/>
        <source>Growing enterprises target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="157"/>
        <source>Large-model application scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="159"/>
        <source>Large-model scenarios target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="233"/>
        <location filename="../app/statlabels.cpp" line="238"/>
        <location filename="../app/statlabels.cpp" line="243"/>
        <location filename="../app/statlabels.cpp" line="248"/>
        <location filename="../app/statlabels.cpp" line="266"/>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="277"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="279"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="281"/>
        <source>100 million yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="283"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="310"/>
        <source>%1 enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="312"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="314"/>
        <source>%1 × 100 million yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="316"/>
        <source>%1 scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="317"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="327"/>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="329"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="331"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="333"/>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="334"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="348"/>
        <source>%1 %2</source>
        <comment>month year</comment>
        <extracomment>A month and its year, e.g. &quot;March 2024&quot;; Chinese: &quot;%2年%1&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="366"/>
        <source>the offline copy is not kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="378"/>
        <source>No data yet — fetching from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="380"/>
        <source>No data yet — the server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="381"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="386"/>
        <source>Catalog from server, fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="387"/>
        <source>Figures from server, fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="388"/>
        <source>%1 · updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="391"/>
        <source>Showing the copy fetched %1 — contacting the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="392"/>
        <source>Server unreachable — showing the copy fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="397"/>
        <source>Series marked synthetic are sample data for the demo, not official figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="403"/>
        <source>%1 (synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="405"/>
        <source>%1 (partly synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::StatisticsBridge</name>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="248"/>
        <source>catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="258"/>
        <source>cloud adoption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="268"/>
        <source>industry output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="301"/>
        <source>storing the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="304"/>
        <source>no cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="307"/>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="310"/>
        <source>cloud adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="314"/>
        <source>industry output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="347"/>
        <location filename="../app/statisticsbridge.cpp" line="394"/>
        <source>No cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="412"/>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="414"/>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="416"/>
        <location filename="../app/statisticsbridge.cpp" line="436"/>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="418"/>
        <location filename="../app/statisticsbridge.cpp" line="438"/>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="450"/>
        <source>The datasets could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/statisticsbridge.cpp" line="457"/>
        <source>Datasets refused by the catalog: %n.</source>
        <translation>
            <numerusform>Datasets refused by the catalog: %n.</numerusform>
            <numerusform>Datasets refused by the catalog: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::SummaryScreen</name>
    <message>
        <location filename="../app/summaryscreen.cpp" line="147"/>
        <source>SCB Dashboard — summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="220"/>
        <source>Gui&apos;an New Area smart computing base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="438"/>
        <source>Fleet utilization today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="443"/>
        <source>Mean over the %1 chips reporting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="446"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="448"/>
        <source>Waiting for the fleet&apos;s first data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="452"/>
        <source>Today&apos;s mean so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="457"/>
        <source>Lowest %1 · highest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="460"/>
        <location filename="../app/summaryscreen.cpp" line="489"/>
        <source>Fleet of the embedded simulator (synthetic sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="467"/>
        <source>Chips in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="469"/>
        <source>Online now, against the target of %1 chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="471"/>
        <location filename="../app/summaryscreen.cpp" line="521"/>
        <location filename="../app/summaryscreen.cpp" line="564"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="477"/>
        <location filename="../app/summaryscreen.cpp" line="524"/>
        <location filename="../app/summaryscreen.cpp" line="567"/>
        <source>%1 of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="478"/>
        <source>%1 installed · %2 offline · %3 in fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="483"/>
        <source>%1 more to reach the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="486"/>
        <source>Target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="496"/>
        <source>Enterprises on the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="514"/>
        <location filename="../app/summaryscreen.cpp" line="557"/>
        <source>No figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="517"/>
        <source>Enterprises of the province using cloud services, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="526"/>
        <source>Target: %1 (set on the Cloud adoption page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="543"/>
        <source>Enterprise count: synthetic sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="587"/>
        <source>Revenue figures: synthetic sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="616"/>
        <source>Catalog of synthetic sample datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="550"/>
        <source>Software and IT services revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="529"/>
        <location filename="../app/summaryscreen.cpp" line="583"/>
        <source>Target for %1: %2 (synthetic sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="532"/>
        <location filename="../app/summaryscreen.cpp" line="584"/>
        <source>Target for %1: %2 (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="539"/>
        <source>Province figure: %1 (%2, synthetic sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="540"/>
        <source>Province figure: %1 (published %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="560"/>
        <source>%1, against the target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="574"/>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="594"/>
        <source>Datasets by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="597"/>
        <source>No catalog yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/summaryscreen.cpp" line="603"/>
        <source>Training datasets in the base&apos;s catalog, in %n theme(s)</source>
        <translation>
            <numerusform>Training datasets in the base&apos;s catalog, in %n theme</numerusform>
            <numerusform>Training datasets in the base&apos;s catalog, in %n themes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="606"/>
        <source>datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="612"/>
        <source>%1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/summaryscreen.cpp" line="618"/>
        <source>Partly synthetic: %n sample dataset(s) in the catalog</source>
        <translation>
            <numerusform>Partly synthetic: %n sample dataset in the catalog</numerusform>
            <numerusform>Partly synthetic: %n sample datasets in the catalog</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="628"/>
        <source>Waiting for fleet data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="631"/>
        <source>Live fleet data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="632"/>
        <source>No live data: fleet data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="775"/>
        <location filename="../app/summaryscreen.cpp" line="788"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="802"/>
        <source>No history for today yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/summaryscreen.cpp" line="871"/>
        <source>and %n more theme(s)</source>
        <translation>
            <numerusform>and %n more theme</numerusform>
            <numerusform>and %n more themes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="913"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::SummarySettingsDialog</name>
    <message>
        <location filename="../app/summaryscreen.cpp" line="956"/>
        <source>Summary screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="959"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="961"/>
        <source>How long each slide stays before the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="962"/>
        <source>Slide &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="969"/>
        <source>Shown in the footer of the summary screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="970"/>
        <source>&amp;Base name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="971"/>
        <source>On the summary screen: Esc leaves, the arrow keys step, Space pauses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scb::TableExport</name>
    <message>
        <location filename="../app/tableexport.cpp" line="22"/>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="23"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="29"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="31"/>
        <source>Save the rows shown as a CSV file (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tableexport.cpp" line="69"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="77"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tableexport.cpp" line="82"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="100"/>
        <location filename="../app/tableexport.cpp" line="115"/>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="101"/>
        <source>CSV files (*.csv);;All files (*)</source>
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
        <location filename="../app/utilizationhistogram.cpp" line="50"/>
        <location filename="../app/utilizationhistogram.cpp" line="83"/>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/utilizationhistogram.cpp" line="128"/>
        <source>Chips by utilization now (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/utilizationhistogram.cpp" line="133"/>
        <source>%Ln chip(s)</source>
        <translation>
            <numerusform>%Ln chip</numerusform>
            <numerusform>%Ln chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/utilizationhistogram.cpp" line="136"/>
        <source>%1, %Ln without data</source>
        <translation>
            <numerusform>%1, %Ln without data</numerusform>
            <numerusform>%1, %Ln without data</numerusform>
        </translation>
    </message>
</context>
</TS>

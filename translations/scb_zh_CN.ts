<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertKinds</name>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="238"/>
        <source>High temperature</source>
        <translation>温度过高</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="240"/>
        <source>XID error</source>
        <translation>XID 错误</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="242"/>
        <source>Double-bit ECC error</source>
        <translation>双比特 ECC 错误</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="244"/>
        <source>Health fault</source>
        <translation>健康故障</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="246"/>
        <source>Chip offline</source>
        <translation>芯片离线</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="248"/>
        <source>No data from node</source>
        <translation>节点无数据</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="257"/>
        <source>Check the cooling of the rack and the node (fans, inlet temperature, airflow, blanking panels); the chip throttles when hot.</source>
        <translation>检查机柜和节点的散热（风扇、进风温度、气流、盲板）；芯片过热时会降频。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="264"/>
        <source>Drain the node and reset the GPU so the bad memory is retired or remapped; RMA if it repeats.</source>
        <translation>排空节点并重置 GPU，使损坏的显存被停用或重映射；如反复出现，申请返修（RMA）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="269"/>
        <source>Drain the node, run the vendor&apos;s diagnostics on the chip and reset it; RMA if the fault persists.</source>
        <translation>排空节点，对芯片运行厂商诊断程序并重置；如故障持续，申请返修（RMA）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="274"/>
        <source>Check the node&apos;s power, network and driver; drain it if it stays away.</source>
        <translation>检查节点的供电、网络和驱动；如长时间未恢复，排空该节点。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="277"/>
        <source>Check that the node is up and that its telemetry agent and network work.</source>
        <translation>检查节点是否运行，以及其遥测代理和网络是否正常。</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="52"/>
        <source>Operations dashboard of a smart computing base: live accelerator fleet, history, datasets, cloud adoption and industry output.</source>
        <translation>智算基地运营看板：加速芯片集群实时状态、历史数据、数据集、企业上云和产业产值。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="58"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="61"/>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="64"/>
        <source>Telemetry server to connect to (host:port). Without it, an embedded fleet simulator is started in-process.</source>
        <translation>要连接的遥测服务器（host:port）。未指定时，在进程内启动内置集群模拟器。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="70"/>
        <source>History database file (default: %1).</source>
        <translation>历史数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="75"/>
        <source>Chips of the embedded simulator (default: 80000).</source>
        <translation>内置模拟器的芯片数（默认：80000）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="80"/>
        <source>Centers of the embedded simulator (default: 4).</source>
        <translation>内置模拟器的智算中心数（默认：4）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="85"/>
        <source>Seed of the embedded simulator (default: 1).</source>
        <translation>内置模拟器的随机种子（默认：1）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="89"/>
        <source>Language of the user interface for this run: zh_CN or en (default: the one chosen in Settings → Language, else the system&apos;s).</source>
        <translation>本次运行的界面语言：zh_CN 或 en（默认：设置 → 语言中所选的语言，未选择时使用系统语言）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="99"/>
        <source>What to show: operator (the dashboard, default) or summary (full-screen slides for a meeting-room screen; Esc quits).</source>
        <translation>显示内容：operator（运营看板，默认）或 summary（用于会议室大屏的全屏轮播；按 Esc 退出）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="106"/>
        <source>Write a PDF report to this file and exit, without a window or a display.</source>
        <translation>将 PDF 报告写入此文件后退出，不打开窗口，也不需要显示器。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="112"/>
        <source>Period of the report: 24h, 7d, 30d or FROM..TO (dates YYYY-MM-DD or local times YYYY-MM-DDTHH:MM; default: 24h).</source>
        <translation>报告期：24h、7d、30d 或 FROM..TO（日期 YYYY-MM-DD 或本地时间 YYYY-MM-DDTHH:MM；默认：24h）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="118"/>
        <source>Sections of the report, comma-separated: %1 (default: all).</source>
        <translation>报告包含的章节，用逗号分隔：%1（默认：全部）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="124"/>
        <source>Paper size of the report: A4, A3 or Letter (default: A4).</source>
        <translation>报告纸张大小：A4、A3 或 Letter（默认：A4）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="129"/>
        <source>Orientation of the report: portrait or landscape (default: portrait).</source>
        <translation>报告页面方向：portrait（纵向）或 landscape（横向）（默认：portrait）。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="154"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="160"/>
        <source>--server: expected host:port, got &apos;%1&apos;.</source>
        <translation>--server：应为 host:port，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="166"/>
        <source>--db: the file name is empty.</source>
        <translation>--db：文件名为空。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="172"/>
        <source>--lang: expected zh_CN or en, got &apos;%1&apos;.</source>
        <translation>--lang：应为 zh_CN 或 en，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="180"/>
        <source>--mode: expected operator or summary, got &apos;%1&apos;.</source>
        <translation>--mode：应为 operator 或 summary，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="188"/>
        <source>--report: the file name is empty.</source>
        <translation>--report：文件名为空。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="193"/>
        <source>--range, --sections, --paper and --orientation need --report.</source>
        <translation>--range、--sections、--paper 和 --orientation 需要与 --report 一起使用。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="213"/>
        <source>--paper: expected A4, A3 or Letter, got &apos;%1&apos;.</source>
        <translation>--paper：应为 A4、A3 或 Letter，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="221"/>
        <source>--orientation: expected portrait or landscape, got &apos;%1&apos;.</source>
        <translation>--orientation：应为 portrait 或 landscape，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="230"/>
        <source>--sim-chips: expected an integer in 1..1000000, got &apos;%1&apos;.</source>
        <translation>--sim-chips：应为 1..1000000 之间的整数，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="237"/>
        <source>--sim-centers: expected an integer in 1..64, got &apos;%1&apos;.</source>
        <translation>--sim-centers：应为 1..64 之间的整数，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="246"/>
        <source>--sim-seed: expected a non-negative integer, got &apos;%1&apos;.</source>
        <translation>--sim-seed：应为非负整数，实际为“%1”。</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../app/formatting.cpp" line="21"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="29"/>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="32"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="34"/>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="56"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="58"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="60"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formatting.cpp" line="61"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="190"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="192"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="193"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="195"/>
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="197"/>
        <source>throttled</source>
        <translation>降频</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="199"/>
        <source>ECC error</source>
        <translation>ECC 错误</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="201"/>
        <source>XID event</source>
        <translation>XID 事件</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="203"/>
        <source>health fault</source>
        <translation>健康故障</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="211"/>
        <source>XID %1</source>
        <translation>XID %1</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="213"/>
        <source>double-bit ECC error</source>
        <translation>双比特 ECC 错误</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="215"/>
        <source>went offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="217"/>
        <source>back online</source>
        <translation>恢复在线</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="219"/>
        <source>thermal throttling</source>
        <translation>过热降频</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="221"/>
        <source>unknown event %1</source>
        <translation>未知事件 %1</translation>
    </message>
    <message>
        <location filename="../app/formatting.cpp" line="236"/>
        <source>Check the rack&apos;s cooling and the chip&apos;s fans.</source>
        <translation>检查机柜散热和芯片风扇。</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="464"/>
        <location filename="../widgets/heatmapview.cpp" line="698"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="593"/>
        <source>Waiting for the fleet inventory…</source>
        <translation>正在等待集群设备清单…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/heatmapview.cpp" line="641"/>
        <source>%Ln chip(s)</source>
        <translation>
            <numerusform>%Ln 颗芯片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="715"/>
        <source>Showing %L1 of %L2 chips: enlarge to see all</source>
        <translation>显示 %L2 颗芯片中的 %L1 颗：放大窗口可查看全部</translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="727"/>
        <source>Zoom %1× · 0 resets</source>
        <translation>缩放 %1× · 按 0 复位</translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="776"/>
        <source>Chip %L1</source>
        <translation>芯片 %L1</translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="778"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../widgets/heatmapview.cpp" line="782"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../widgets/kpitile.cpp" line="130"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../widgets/kpitile.cpp" line="132"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>XidCatalog</name>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="24"/>
        <source>Graphics engine exception</source>
        <translation>图形引擎异常</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="25"/>
        <source>Usually a fault in the application (bad memory access, illegal instruction): check the job. If it repeats across different jobs, run diagnostics on the GPU.</source>
        <translation>通常是应用程序故障（非法内存访问、非法指令）：请检查作业。如在不同作业中反复出现，请对 GPU 运行诊断。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="29"/>
        <source>GPU memory page fault</source>
        <translation>GPU 显存页错误</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="30"/>
        <source>Usually an illegal memory access by the application: check the job. If it repeats across different jobs, suspect the driver or the GPU.</source>
        <translation>通常是应用程序的非法内存访问：请检查作业。如在不同作业中反复出现，可能是驱动或 GPU 的问题。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="35"/>
        <source>Invalid or corrupted push buffer stream</source>
        <translation>推送缓冲区数据流无效或损坏</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="36"/>
        <source>Check the PCIe link and the driver; reset the GPU. Drain the node if it repeats.</source>
        <translation>检查 PCIe 链路和驱动；重置 GPU。如反复出现，排空节点。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="40"/>
        <source>GPU stopped processing (application fault)</source>
        <translation>GPU 停止处理（应用程序故障）</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="41"/>
        <source>The application hit a fault and its channel was stopped; the GPU is fine. Check the job.</source>
        <translation>应用程序发生故障，其通道已被停止；GPU 本身正常。请检查作业。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="46"/>
        <source>Preemptive cleanup after a previous error</source>
        <translation>先前错误后的预防性清理</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="47"/>
        <source>The driver cleaned up after a job ended or failed: look for an earlier XID on this GPU. No action on its own.</source>
        <translation>作业结束或失败后驱动进行了清理：请查找该 GPU 上更早的 XID。单独出现时无需处理。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="52"/>
        <source>GPU stopped processing</source>
        <translation>GPU 停止处理</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="53"/>
        <source>Drain the node and reset the GPU; if it repeats, run diagnostics and consider RMA.</source>
        <translation>排空节点并重置 GPU；如反复出现，运行诊断并考虑返修（RMA）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="57"/>
        <source>Double-bit ECC error</source>
        <translation>双比特 ECC 错误</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="58"/>
        <source>Drain the node and reset the GPU so the bad memory is retired or remapped; RMA if it repeats.</source>
        <translation>排空节点并重置 GPU，使损坏的显存被停用或重映射；如反复出现，申请返修（RMA）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="63"/>
        <source>Internal micro-controller breakpoint or warning</source>
        <translation>内部微控制器断点或警告</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="64"/>
        <source>Reset the GPU at the next opportunity; update the driver and firmware if it repeats.</source>
        <translation>在下次合适的时机重置 GPU；如反复出现，更新驱动和固件。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="68"/>
        <source>Internal micro-controller halt</source>
        <translation>内部微控制器停机</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="69"/>
        <source>Drain the node and reset the GPU; run diagnostics and consider RMA if it repeats.</source>
        <translation>排空节点并重置 GPU；如反复出现，运行诊断并考虑返修（RMA）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="74"/>
        <source>ECC page retirement or row remapping recorded</source>
        <translation>已记录 ECC 页停用或行重映射</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="75"/>
        <source>Schedule a GPU reset so the retirement or remapping takes effect; RMA if the count keeps growing.</source>
        <translation>安排重置 GPU，使停用或重映射生效；如计数持续增长，申请返修（RMA）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="81"/>
        <source>ECC page retirement or row remapping failed</source>
        <translation>ECC 页停用或行重映射失败</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="82"/>
        <source>Drain the node and reset the GPU; the GPU may have run out of spare rows: consider RMA.</source>
        <translation>排空节点并重置 GPU；该 GPU 的备用行可能已耗尽：请考虑返修（RMA）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="87"/>
        <source>NVLink error</source>
        <translation>NVLink 错误</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="88"/>
        <source>Check the NVLink links and error counters of the GPU; reset the GPU. If it repeats, check the NVLink hardware (GPU, baseboard, NVSwitch).</source>
        <translation>检查该 GPU 的 NVLink 链路和错误计数；重置 GPU。如反复出现，检查 NVLink 硬件（GPU、基板、NVSwitch）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="92"/>
        <source>GPU has fallen off the bus</source>
        <translation>GPU 已从总线掉线</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="93"/>
        <source>Drain the node; check the PCIe slot, power and cooling; reboot, reseat or replace the GPU.</source>
        <translation>排空节点；检查 PCIe 插槽、供电和散热；重启节点，重新插拔或更换 GPU。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="97"/>
        <source>High single-bit ECC error rate</source>
        <translation>单比特 ECC 错误率过高</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="98"/>
        <source>Watch the GPU&apos;s ECC counters; schedule a reset and diagnostics; RMA if the rate stays high.</source>
        <translation>关注该 GPU 的 ECC 计数；安排重置和诊断；如错误率持续偏高，申请返修（RMA）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="103"/>
        <source>Contained ECC error</source>
        <translation>已隔离的 ECC 错误</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="104"/>
        <source>The application using the bad memory was stopped, others go on: restart the job and reset the GPU when convenient so the row is remapped.</source>
        <translation>使用损坏显存的应用程序已被停止，其他应用程序继续运行：请重启作业，并在方便时重置 GPU 以完成行重映射。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="109"/>
        <source>Uncontained ECC error</source>
        <translation>未隔离的 ECC 错误</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="110"/>
        <source>Every application on the GPU may be affected: drain the node and reset the GPU; RMA if it repeats.</source>
        <translation>该 GPU 上的所有应用程序都可能受到影响：排空节点并重置 GPU；如反复出现，申请返修（RMA）。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="115"/>
        <source>GSP RPC timeout</source>
        <translation>GSP RPC 超时</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="116"/>
        <location filename="../backend/alerts/alertrules.cpp" line="120"/>
        <source>Drain the node and reset the GPU; update the driver if it repeats.</source>
        <translation>排空节点并重置 GPU；如反复出现，更新驱动。</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="119"/>
        <source>GSP error</source>
        <translation>GSP 错误</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="125"/>
        <source>XID error</source>
        <translation>XID 错误</translation>
    </message>
    <message>
        <location filename="../backend/alerts/alertrules.cpp" line="126"/>
        <source>Look the code up in NVIDIA&apos;s XID catalog and check the kernel log of the node; reset the GPU if it repeats.</source>
        <translation>在 NVIDIA 的 XID 目录中查找该代码，并检查节点的内核日志；如反复出现，重置 GPU。</translation>
    </message>
</context>
<context>
    <name>scb::AcknowledgeDialog</name>
    <message>
        <location filename="../app/alertspage.cpp" line="100"/>
        <location filename="../app/alertspage.cpp" line="126"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="110"/>
        <source>What is being done about it (optional)</source>
        <translation>正在采取的处理措施（可选）</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="113"/>
        <source>&amp;Who:</source>
        <translation>确认人(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="114"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="165"/>
        <source>Enter who acknowledges.</source>
        <translation>请输入确认人。</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="167"/>
        <source>The name is too long.</source>
        <translation>名称过长。</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="169"/>
        <source>The note is too long (at most %1 bytes).</source>
        <translation>备注过长（最多 %1 字节）。</translation>
    </message>
</context>
<context>
    <name>scb::AdoptionPage</name>
    <message>
        <location filename="../app/adoptionpage.cpp" line="104"/>
        <source>%1 (synthetic)</source>
        <translation>%1（模拟数据）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="105"/>
        <source>%1
Source: %2</source>
        <translation>%1
来源：%2</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="118"/>
        <source>Enterprises on the cloud</source>
        <translation>上云企业</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="119"/>
        <location filename="../app/adoptionpage.cpp" line="411"/>
        <source>On the cloud by industry</source>
        <translation>分行业上云企业</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="120"/>
        <location filename="../app/adoptionpage.cpp" line="462"/>
        <source>On the cloud by region</source>
        <translation>分地区上云企业</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="121"/>
        <source>New adopters per month</source>
        <translation>每月新增上云企业</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="123"/>
        <source>Enterprises above designated size on the cloud</source>
        <translation>规模以上企业上云</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="131"/>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="137"/>
        <source>From data</source>
        <translation>按数据</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="138"/>
        <source> enterprises</source>
        <translation> 家企业</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="141"/>
        <source>The target line of the chart. “From data” draws the target the data gives.</source>
        <translation>图表中的目标线。“按数据”表示绘制数据中给出的目标。</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="207"/>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="275"/>
        <source>Target: %1 (set here)</source>
        <translation>目标：%1（在此设置）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="278"/>
        <source>Target %1: %2</source>
        <translation>%1 年目标：%2</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="302"/>
        <source>%1 enterprises on the cloud (%2)</source>
        <translation>上云企业 %1 家（%2）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="306"/>
        <source>province figure %1 (%2)</source>
        <translation>全省数据 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="311"/>
        <source>No figures yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="343"/>
        <location filename="../app/adoptionpage.cpp" line="438"/>
        <location filename="../app/adoptionpage.cpp" line="529"/>
        <location filename="../app/adoptionpage.cpp" line="568"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="375"/>
        <location filename="../app/adoptionpage.cpp" line="449"/>
        <location filename="../app/adoptionpage.cpp" line="519"/>
        <location filename="../app/adoptionpage.cpp" line="635"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="382"/>
        <source>Province figure: %1 (%2, synthetic)</source>
        <translation>全省数据：%1（%2，模拟数据）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="385"/>
        <source>Province figure: %1 (published %2)</source>
        <translation>全省数据：%1（%2 发布）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="412"/>
        <source>On the cloud by industry, %1</source>
        <translation>分行业上云企业（%1）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="419"/>
        <source>Enterprises, %1</source>
        <translation>企业数（%1）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="463"/>
        <source>On the cloud by region, %1</source>
        <translation>分地区上云企业（%1）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="479"/>
        <source>Guiyang</source>
        <translation>贵阳</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="479"/>
        <source>Gui&apos;an New Area</source>
        <translation>贵安新区</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="480"/>
        <source>Other cities and prefectures</source>
        <translation>其他市（州）</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="582"/>
        <source>%1: %2 new</source>
        <translation>%1：新增 %2</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="600"/>
        <source>Share on the cloud</source>
        <translation>上云比例</translation>
    </message>
    <message>
        <location filename="../app/adoptionpage.cpp" line="622"/>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>scb::AdoptionSection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="400"/>
        <source>No cloud adoption figures are available: connect to a server once.</source>
        <translation>没有企业上云数据：请至少连接一次服务器。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="410"/>
        <source>Enterprises on the cloud</source>
        <translation>上云企业</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="413"/>
        <source>Province figure</source>
        <translation>全省数据</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="414"/>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="416"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="432"/>
        <source>Enterprises on the cloud against the province figure and target</source>
        <translation>上云企业与全省数据及目标对比</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="433"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="451"/>
        <source>Enterprises on the cloud (%1)</source>
        <translation>上云企业（%1）</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="463"/>
        <source>No figures.</source>
        <translation>无数据。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="466"/>
        <source>By industry</source>
        <translation>分行业</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="466"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="467"/>
        <source>By region</source>
        <translation>分地区</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="467"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="70"/>
        <source>Enterprise cloud adoption</source>
        <translation>企业上云</translation>
    </message>
</context>
<context>
    <name>scb::AlertListModel</name>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="56"/>
        <source>for %n s</source>
        <translation>
            <numerusform>持续 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="58"/>
        <source>for %n min</source>
        <translation>
            <numerusform>持续 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="60"/>
        <source>for %n h</source>
        <translation>
            <numerusform>持续 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertlistmodel.cpp" line="61"/>
        <source>for %n days</source>
        <translation>
            <numerusform>持续 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="188"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="188"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="198"/>
        <source>Center %1</source>
        <translation>智算中心 %1</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="202"/>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="204"/>
        <source>Chip %1</source>
        <translation>芯片 %1</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="213"/>
        <source>XID %1</source>
        <translation>XID %1</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="214"/>
        <source>XID %1 — %2</source>
        <translation>XID %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="226"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="228"/>
        <source>%1 (peak %2 °C)</source>
        <translation>%1（峰值 %2 °C）</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="235"/>
        <location filename="../app/alertlistmodel.cpp" line="237"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="263"/>
        <source>by %1 at %2</source>
        <translation>%1 于 %2 确认</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="265"/>
        <source>by %1</source>
        <translation>%1 确认</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="268"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="331"/>
        <source>Since %1 (%2)</source>
        <translation>自 %1 起（%2）</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="378"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="380"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="382"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="384"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="386"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="388"/>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <location filename="../app/alertlistmodel.cpp" line="390"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>scb::AlertRulesDialog</name>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="51"/>
        <source>Alert Thresholds</source>
        <translation>告警阈值</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="54"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="56"/>
        <source>Raise temperature alerts</source>
        <translation>产生温度告警</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="62"/>
        <source>A warning is raised once a chip has stayed at or above this temperature for the time below.</source>
        <translation>芯片温度达到或超过此值并持续下方设定的时长后，产生警告。</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="64"/>
        <source>A critical alert is raised as soon as a chip reaches this temperature.</source>
        <translation>芯片温度一旦达到此值，立即产生严重告警。</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="67"/>
        <source>An alert clears only once the chip has stayed below the warning threshold minus this much, so a value dancing around the threshold does not flap.</source>
        <translation>只有当芯片温度持续低于“警告阈值减去此值”时，告警才会清除，以免数值在阈值附近波动时告警反复出现和消失。</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="70"/>
        <source>&amp;Warning threshold (°C):</source>
        <translation>警告阈值 (°C)(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="71"/>
        <source>Warn after this long at or above it (s):</source>
        <translation>达到或超过阈值持续多久后警告（秒）：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="72"/>
        <source>&amp;Critical threshold (°C):</source>
        <translation>严重阈值 (°C)(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="73"/>
        <source>&amp;Hysteresis (°C):</source>
        <translation>回差 (°C)(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="74"/>
        <source>Clear after this long below it (s):</source>
        <translation>低于阈值持续多久后清除（秒）：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="77"/>
        <source>XID errors</source>
        <translation>XID 错误</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="79"/>
        <source>Raise an alert for every XID error</source>
        <translation>每个 XID 错误都产生告警</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="82"/>
        <source>none: every XID error is a warning</source>
        <translation>无：所有 XID 错误均为警告</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="83"/>
        <source>XID codes from 1 to 999, separated by commas. These raise critical alerts; every other code raises a warning.</source>
        <translation>1 到 999 之间的 XID 代码，用逗号分隔。这些代码产生严重告警；其他代码产生警告。</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="90"/>
        <source>Critical &amp;XID codes:</source>
        <translation>严重 XID 代码(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="94"/>
        <source>Faults</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="96"/>
        <source>Double-bit ECC errors (critical)</source>
        <translation>双比特 ECC 错误（严重）</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="97"/>
        <source>Health faults (critical)</source>
        <translation>健康故障（严重）</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="101"/>
        <source>Clear after the fault is gone for (s):</source>
        <translation>故障消失持续多久后清除（秒）：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="104"/>
        <source>Chips and nodes away</source>
        <translation>芯片和节点失联</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="106"/>
        <source>Chips offline (warning)</source>
        <translation>芯片离线（警告）</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="108"/>
        <source>Nodes sending no data (critical)</source>
        <translation>节点无数据上报（严重）</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="111"/>
        <source>Alert after offline for (s):</source>
        <translation>离线持续多久后告警（秒）：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="113"/>
        <source>Alert after no data for (s):</source>
        <translation>无数据持续多久后告警（秒）：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="116"/>
        <source>Limits and notifications</source>
        <translation>上限与通知</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="119"/>
        <source>Beyond this many open alerts new ones are refused and counted, so broken input cannot exhaust memory.</source>
        <translation>未关闭告警超过此数量后，新告警将被拒绝并计数，以免异常输入耗尽内存。</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="121"/>
        <source>Notify on the desktop when a critical alert is raised</source>
        <translation>产生严重告警时发送桌面通知</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="123"/>
        <source>Open alerts at most:</source>
        <translation>未关闭告警上限：</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="127"/>
        <source>This desktop has no system tray: notifications cannot show here.</source>
        <translation>此桌面没有系统托盘：无法在此显示通知。</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="152"/>
        <source>Set every threshold to its default; the notification choice stays.</source>
        <translation>将所有阈值恢复为默认值；通知设置保持不变。</translation>
    </message>
    <message>
        <location filename="../app/alertrulesdialog.cpp" line="264"/>
        <source>Correct the critical XID codes.</source>
        <translation>请更正严重 XID 代码。</translation>
    </message>
</context>
<context>
    <name>scb::AlertSettings</name>
    <message>
        <location filename="../app/alertsettings.cpp" line="125"/>
        <source>The alert setting %1 is neither true nor false (&quot;%2&quot;); using the default, %3.</source>
        <translation>告警设置 %1 既不是 true 也不是 false（“%2”）；使用默认值 %3。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="140"/>
        <source>The alert setting %1 is not a whole number (&quot;%2&quot;); using the default, %3.</source>
        <translation>告警设置 %1 不是整数（“%2”）；使用默认值 %3。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="147"/>
        <source>The alert setting %1 = %2 is outside %3 to %4; using the default, %5.</source>
        <translation>告警设置 %1 = %2 超出 %3 到 %4 的范围；使用默认值 %5。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="171"/>
        <source>it is not a list of numbers.</source>
        <translation>它不是数字列表。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="178"/>
        <source>The alert setting %1 (&quot;%2&quot;) is not a list of XID codes: %3 Using the default, %4.</source>
        <translation>告警设置 %1（“%2”）不是 XID 代码列表：%3 使用默认值 %4。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="233"/>
        <source>The stored alert thresholds do not fit together: %1 Using the default temperature thresholds.</source>
        <translation>已保存的告警阈值相互矛盾：%1 使用默认温度阈值。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="289"/>
        <source>The critical temperature (%1 °C) must be above the warning threshold (%2 °C).</source>
        <translation>严重温度（%1 °C）必须高于警告阈值（%2 °C）。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="294"/>
        <source>The hysteresis (%1 °C) must not exceed the warning threshold (%2 °C).</source>
        <translation>回差（%1 °C）不得超过警告阈值（%2 °C）。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="299"/>
        <source>The hysteresis (%1 °C) must be smaller than the gap between warning and critical (%2 °C).</source>
        <translation>回差（%1 °C）必须小于警告阈值与严重阈值之差（%2 °C）。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="306"/>
        <location filename="../app/alertsettings.cpp" line="351"/>
        <source>%1 is not an XID code: codes go from 1 to 999.</source>
        <translation>%1 不是 XID 代码：代码范围为 1 到 999。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="335"/>
        <source>&quot;%1&quot; is not an XID code: enter whole numbers from 1 to 999, separated by commas.</source>
        <translation>“%1”不是 XID 代码：请输入 1 到 999 之间的整数，用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../app/alertsettings.cpp" line="361"/>
        <source>Too many codes (%1): at most %2.</source>
        <translation>代码过多（%1 个）：最多 %2 个。</translation>
    </message>
</context>
<context>
    <name>scb::AlertsPage</name>
    <message>
        <location filename="../app/alertspage.cpp" line="187"/>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="188"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="189"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="219"/>
        <source>&amp;Severity:</source>
        <translation>级别(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="221"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="228"/>
        <source>C&amp;enter:</source>
        <translation>智算中心(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="234"/>
        <source>Search any column</source>
        <translation>在所有列中搜索</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="239"/>
        <source>Acknowledge the selected alerts, with your name and a note</source>
        <translation>确认所选告警，并填写姓名和备注</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="322"/>
        <source>All centers</source>
        <translation>全部智算中心</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="358"/>
        <source>Not acknowledged: %1</source>
        <translation>未确认：%1</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="386"/>
        <source>No active alerts</source>
        <translation>无活动告警</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="392"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="392"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n 条严重</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="393"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="395"/>
        <source> · %n acknowledged</source>
        <translation>
            <numerusform> · 已确认 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="397"/>
        <source> · %1 of %2 shown</source>
        <translation> · 显示 %2 条中的 %1 条</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="406"/>
        <source>No active alerts.</source>
        <translation>无活动告警。</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="408"/>
        <source>No alerts match the filters.</source>
        <translation>没有符合筛选条件的告警。</translation>
    </message>
    <message>
        <location filename="../app/alertspage.cpp" line="455"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="465"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertspage.cpp" line="469"/>
        <source>Acknowledge %n alert(s)</source>
        <translation>
            <numerusform>确认 %n 条告警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::CenterTableModel</name>
    <message>
        <location filename="../app/centertablemodel.cpp" line="73"/>
        <source>Whole fleet</source>
        <translation>全集群</translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="85"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="101"/>
        <source>Center</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="103"/>
        <source>Chips</source>
        <translation>芯片数</translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="105"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="107"/>
        <source>Mean utilization</source>
        <translation>平均利用率</translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="109"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="111"/>
        <source>Hottest chip</source>
        <translation>最高芯片温度</translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="113"/>
        <source>In fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../app/centertablemodel.cpp" line="115"/>
        <source>Throttled</source>
        <translation>降频</translation>
    </message>
</context>
<context>
    <name>scb::ChartExport</name>
    <message>
        <location filename="../app/chartexport.cpp" line="61"/>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="62"/>
        <source>Save chart as &amp;PNG…</source>
        <translation>将图表存为 &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="63"/>
        <source>Save chart as &amp;SVG…</source>
        <translation>将图表存为 &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="68"/>
        <source>A picture at twice the size shown, for slides and documents</source>
        <translation>按显示尺寸两倍输出的图片，适合幻灯片和文档</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="72"/>
        <source>Lines and text as vectors, sharp at any size</source>
        <translation>线条和文字为矢量，任意缩放都清晰</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="73"/>
        <source>The picture in an SVG file, for drawing programs</source>
        <translation>以 SVG 文件保存的图片，供绘图软件使用</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="102"/>
        <source>the image could not be encoded</source>
        <translation>图片无法编码</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="130"/>
        <source>A chart from SCB Dashboard, saved %1</source>
        <translation>来自 SCB 看板的图表，保存于 %1</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="135"/>
        <source>the SVG could not be started</source>
        <translation>无法开始写入 SVG</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="187"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="187"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="188"/>
        <location filename="../app/chartexport.cpp" line="194"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="200"/>
        <source>Copied the chart as a picture.</source>
        <translation>已将图表复制为图片。</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="206"/>
        <source>Saved the chart to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../app/chartexport.cpp" line="206"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>scb::ChipDetailView</name>
    <message>
        <location filename="../app/chipdetailview.cpp" line="39"/>
        <source>Utilization, %</source>
        <translation>利用率，%</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="40"/>
        <source>Temperature, °C</source>
        <translation>温度，°C</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="41"/>
        <source>Power, W</source>
        <translation>功耗，W</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="42"/>
        <source>Memory used, MiB</source>
        <translation>显存占用，MiB</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="104"/>
        <source>Events in this range</source>
        <translation>此时间范围内的事件</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="109"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="109"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="109"/>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="165"/>
        <source>Loading history…</source>
        <translation>正在加载历史数据…</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="174"/>
        <source>History could not be read: %1</source>
        <translation>无法读取历史数据：%1</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="206"/>
        <source>No events in this range.</source>
        <translation>此时间范围内无事件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chipdetailview.cpp" line="207"/>
        <source>%n event(s) in this range.</source>
        <translation>
            <numerusform>此时间范围内有 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="264"/>
        <source>No chip selected.</source>
        <translation>未选择芯片。</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="284"/>
        <source>&lt;b&gt;Chip %1&lt;/b&gt; · %2 · %3 · node %4 · %5</source>
        <translation>&lt;b&gt;芯片 %1&lt;/b&gt; · %2 · %3 · 节点 %4 · %5</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="289"/>
        <source>No live values yet.</source>
        <translation>暂无实时数据。</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="295"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="297"/>
        <source>Now (%1): utilization %2 · temperature %3 · power %4 · memory %5 · &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>当前（%1）：利用率 %2 · 温度 %3 · 功耗 %4 · 显存 %5 · &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="299"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="300"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="300"/>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <location filename="../app/chipdetailview.cpp" line="301"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
</context>
<context>
    <name>scb::ChipRankModel</name>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="58"/>
        <source>Hottest</source>
        <translation>温度最高</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="60"/>
        <source>Most idle</source>
        <translation>最空闲</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="62"/>
        <source>Most errors</source>
        <translation>错误最多</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="436"/>
        <source>Center %1</source>
        <translation>智算中心 %1</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="439"/>
        <source>Model %1</source>
        <translation>型号 %1</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="443"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="445"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="447"/>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="449"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="516"/>
        <source>XID %1, double-bit ECC %2, throttling %3, offline %4</source>
        <translation>XID %1，双比特 ECC %2，降频 %3，离线 %4</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="542"/>
        <source>Rank by %1</source>
        <translation>排名依据：%1</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="544"/>
        <source>XID events in the range</source>
        <translation>时间范围内的 XID 事件</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="546"/>
        <source>Double-bit ECC errors in the range</source>
        <translation>时间范围内的双比特 ECC 错误</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="548"/>
        <source>Device memory in use</source>
        <translation>显存占用</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="557"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="559"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="561"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="563"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="565"/>
        <source>Center</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="567"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="569"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="571"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="573"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="575"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="577"/>
        <source>Memory used</source>
        <translation>显存占用</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="579"/>
        <source>XID</source>
        <translation>XID</translation>
    </message>
    <message>
        <location filename="../app/chiprankmodel.cpp" line="581"/>
        <source>ECC</source>
        <translation>ECC</translation>
    </message>
</context>
<context>
    <name>scb::ChipTablesPanel</name>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="38"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="39"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="68"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="72"/>
        <source>How many chips to list (at most %1)</source>
        <translation>列出的芯片数量（最多 %1）</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="74"/>
        <source>&amp;Top:</source>
        <translation>前(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="76"/>
        <source>C&amp;enter:</source>
        <translation>智算中心(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="78"/>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="79"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="83"/>
        <source>St&amp;ate:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="84"/>
        <source>Search any column</source>
        <translation>在所有列中搜索</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="313"/>
        <source>All centers</source>
        <translation>全部智算中心</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="314"/>
        <source>All models</source>
        <translation>全部型号</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="358"/>
        <source> · %1 of %n chip(s) reporting a temperature</source>
        <translation>
            <numerusform> · 上报温度的 %n 颗芯片中的 %1 颗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="361"/>
        <source> · %1 of %n online chip(s)</source>
        <translation>
            <numerusform> · %n 颗在线芯片中的 %1 颗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="364"/>
        <source> · %1 of %n chip(s) with events</source>
        <translation>
            <numerusform> · 有事件的 %n 颗芯片中的 %1 颗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chiptablespanel.cpp" line="368"/>
        <source> · in a scope of %n chip(s)</source>
        <translation>
            <numerusform> · 范围内共 %n 颗芯片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="370"/>
        <source> · %1 match the text</source>
        <translation> · %1 颗匹配文本</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="372"/>
        <source> · events: %1</source>
        <translation> · 事件：%1</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="375"/>
        <source> · events could not be counted: %1</source>
        <translation> · 无法统计事件：%1</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="384"/>
        <source>Waiting for the fleet&apos;s inventory.</source>
        <translation>正在等待集群设备清单。</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="389"/>
        <source>Counting events…</source>
        <translation>正在统计事件…</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="390"/>
        <source>Events could not be counted: %1</source>
        <translation>无法统计事件：%1</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="392"/>
        <source>No chip here had XID, ECC, throttling or offline events in the range.</source>
        <translation>此处的芯片在该时间范围内没有 XID、ECC、降频或离线事件。</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="394"/>
        <source>No XID, ECC, throttling or offline events in the range.</source>
        <translation>该时间范围内没有 XID、ECC、降频或离线事件。</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="396"/>
        <source>Waiting for live data.</source>
        <translation>正在等待实时数据。</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="398"/>
        <source>No chips match the filters.</source>
        <translation>没有符合筛选条件的芯片。</translation>
    </message>
    <message>
        <location filename="../app/chiptablespanel.cpp" line="401"/>
        <source>No chips match the text.</source>
        <translation>没有与文本匹配的芯片。</translation>
    </message>
</context>
<context>
    <name>scb::ChipsPage</name>
    <message>
        <location filename="../app/chipspage.cpp" line="619"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="39"/>
        <location filename="../app/chipspage.cpp" line="40"/>
        <location filename="../app/chipspage.cpp" line="356"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="41"/>
        <location filename="../app/chipspage.cpp" line="42"/>
        <location filename="../app/chipspage.cpp" line="360"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="43"/>
        <location filename="../app/chipspage.cpp" line="364"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="44"/>
        <source>Power draw</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="45"/>
        <location filename="../app/chipspage.cpp" line="46"/>
        <location filename="../app/chipspage.cpp" line="367"/>
        <source>Memory used</source>
        <translation>显存占用</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="47"/>
        <location filename="../app/chipspage.cpp" line="48"/>
        <location filename="../app/chipspage.cpp" line="372"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>throttled</source>
        <translation>降频</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="131"/>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="175"/>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="200"/>
        <source>Mean utilization per center (%)</source>
        <translation>各智算中心平均利用率 (%)</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="201"/>
        <source>Total power (MW)</source>
        <translation>总功耗 (MW)</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="202"/>
        <source>Hottest chip per center (°C)</source>
        <translation>各智算中心最高芯片温度 (°C)</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="218"/>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="219"/>
        <source>Top chips</source>
        <translation>芯片排行</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="356"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="360"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="364"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="368"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="482"/>
        <source>Whole fleet</source>
        <translation>全集群</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/chipspage.cpp" line="513"/>
        <source>&lt;b&gt;%Ln chip(s) selected&lt;/b&gt; · &lt;a href=&quot;clear&quot;&gt;clear&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;已选择 %Ln 颗芯片&lt;/b&gt; · &lt;a href=&quot;clear&quot;&gt;清除&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="532"/>
        <source>Fleet</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="543"/>
        <source>Chip %1</source>
        <translation>芯片 %1</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="554"/>
        <source>· %1 of every chip, by center, rack and node</source>
        <translation>· 全部芯片的%1，按智算中心、机柜和节点排列</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="558"/>
        <source>· %1 of every chip here</source>
        <translation>· 此处全部芯片的%1</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="561"/>
        <source>· History and events of one chip</source>
        <translation>· 单颗芯片的历史数据和事件</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="569"/>
        <source>click a chip for its history · drag to select · wheel to zoom</source>
        <translation>单击芯片查看历史 · 拖动以选择 · 滚轮缩放</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="629"/>
        <source>&lt;br&gt;&lt;i&gt;Click for its history and events.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;单击查看其历史数据和事件。&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="609"/>
        <source>&lt;b&gt;Chip %1&lt;/b&gt; · %2&lt;br&gt;Node %3 · %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;芯片 %1&lt;/b&gt; · %2&lt;br&gt;节点 %3 · %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="621"/>
        <source>&lt;br&gt;Utilization %1 · Temperature %2&lt;br&gt;Power %3 · Memory %4 of %5</source>
        <translation>&lt;br&gt;利用率 %1 · 温度 %2&lt;br&gt;功耗 %3 · 显存 %4 / %5</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="622"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="623"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="624"/>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="625"/>
        <location filename="../app/chipspage.cpp" line="626"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../app/chipspage.cpp" line="627"/>
        <source>&lt;br&gt;State: %1</source>
        <translation>&lt;br&gt;状态：%1</translation>
    </message>
</context>
<context>
    <name>scb::ChipsSection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="260"/>
        <source>No fleet history is available for this report (database: %1).</source>
        <translation>本报告没有可用的集群历史数据（数据库：%1）。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="266"/>
        <source>Utilization per center</source>
        <translation>各智算中心利用率</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="267"/>
        <source>Utilization (%)</source>
        <translation>利用率 (%)</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="277"/>
        <source>Hottest chips now, over the period</source>
        <translation>当前温度最高的芯片及其报告期内温度</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="278"/>
        <source>Temperature (°C)</source>
        <translation>温度 (°C)</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="284"/>
        <source>Chip %1</source>
        <translation>芯片 %1</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="295"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="296"/>
        <source>Active critical alerts</source>
        <translation>活动严重告警</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="298"/>
        <source>Active warnings</source>
        <translation>活动警告</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="300"/>
        <location filename="../app/reportsections.cpp" line="303"/>
        <source>Alerts raised in the period</source>
        <translation>报告期内产生的告警</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="304"/>
        <source>Raised</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="304"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="304"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="304"/>
        <location filename="../app/reportsections.cpp" line="326"/>
        <source>Center</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="305"/>
        <location filename="../app/reportsections.cpp" line="326"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="305"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="305"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="310"/>
        <source>cleared %1</source>
        <translation>%1 已清除</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="311"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="311"/>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="321"/>
        <source>No alerts were raised in this period.</source>
        <translation>报告期内未产生告警。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="325"/>
        <source>Chips with the most events</source>
        <translation>事件最多的芯片</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="326"/>
        <source>XID</source>
        <translation>XID</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="327"/>
        <source>Double-bit ECC</source>
        <translation>双比特 ECC</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="327"/>
        <source>Throttling</source>
        <translation>降频</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="327"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="338"/>
        <source>No chip events in this period.</source>
        <translation>报告期内无芯片事件。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="52"/>
        <source>Chips and alerts</source>
        <translation>芯片与告警</translation>
    </message>
</context>
<context>
    <name>scb::ConnectionBar</name>
    <message>
        <location filename="../app/connectionbar.cpp" line="41"/>
        <location filename="../app/connectionbar.cpp" line="80"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="48"/>
        <source>Embedded simulator did not start</source>
        <translation>内置模拟器未能启动</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="48"/>
        <source>No server</source>
        <translation>无服务器</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="51"/>
        <source>Server %1 · embedded fleet simulator</source>
        <translation>服务器 %1 · 内置集群模拟器</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="52"/>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="66"/>
        <source>Last tick %1 · %2 chips</source>
        <translation>最近采样 %1 · %2 颗芯片</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="78"/>
        <source>Offline, showing history</source>
        <translation>离线，显示历史数据</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="78"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="84"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="88"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectionbar.cpp" line="94"/>
        <source>%1 · retrying in %n s</source>
        <translation>
            <numerusform>%1 · %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="113"/>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <location filename="../app/connectionbar.cpp" line="115"/>
        <source>Newest data: %1</source>
        <translation>最新数据：%1</translation>
    </message>
</context>
<context>
    <name>scb::CriticalAlertNotices</name>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="93"/>
        <source>SCB Dashboard: %Ln active alert(s)</source>
        <translation>
            <numerusform>SCB 看板：%Ln 条活动告警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="94"/>
        <source>SCB Dashboard: %Ln active alert(s), %1 critical</source>
        <translation>
            <numerusform>SCB 看板：%Ln 条活动告警，其中 %1 条严重</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/alertnotifier.cpp" line="104"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/alertnotifier.cpp" line="105"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/alertnotifier.cpp" line="117"/>
        <source>Critical alert</source>
        <translation>严重告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="121"/>
        <source>%Ln new critical alert(s)</source>
        <translation>
            <numerusform>%Ln 条新的严重告警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/alertnotifier.cpp" line="128"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>另有 %Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::DatasetImport</name>
    <message>
        <location filename="../app/datasetimport.cpp" line="613"/>
        <source>no identifier</source>
        <translation>无标识符</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="680"/>
        <source>item %1 (%2): %3</source>
        <translation>第 %1 项（%2）：%3</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="770"/>
        <source>identifier: %1 appears again (first in item %2)</source>
        <translation>标识符：%1 重复出现（首次出现在第 %2 项）</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="999"/>
        <source>not a CKAN package (a JSON object)</source>
        <translation>不是 CKAN 数据包（JSON 对象）</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1361"/>
        <source>The file holds no dcat:Dataset (neither in a dcat:Catalog nor on its own).</source>
        <translation>文件中没有 dcat:Dataset（既不在 dcat:Catalog 中，也没有单独出现）。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1365"/>
        <location filename="../app/datasetimport.cpp" line="1509"/>
        <location filename="../app/datasetimport.cpp" line="1528"/>
        <location filename="../app/datasetimport.cpp" line="1541"/>
        <location filename="../app/datasetimport.cpp" line="1563"/>
        <source>The file lists more than %1 datasets; split it.</source>
        <translation>文件列出的数据集超过 %1 个；请拆分文件。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1372"/>
        <source>not a dcat:Dataset (a JSON object or a reference)</source>
        <translation>不是 dcat:Dataset（JSON 对象或引用）</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1377"/>
        <source>a reference to a dataset the file does not describe</source>
        <translation>引用了文件中未描述的数据集</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1396"/>
        <source>Format names upper-cased: %n.</source>
        <translation>
            <numerusform>格式名称已转为大写：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1398"/>
        <source>Datasets with formats left out (over %1 formats, or a name over %2 bytes): %n, first item %3.</source>
        <translation>
            <numerusform>省略了部分格式的数据集（超过 %1 种格式，或名称超过 %2 字节）：%n 个，首个为第 %3 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1405"/>
        <source>Datasets with keywords left out (over %1 keywords, or one over %2 bytes): %n, first item %3.</source>
        <translation>
            <numerusform>省略了部分关键词的数据集（超过 %1 个关键词，或单个超过 %2 字节）：%n 个，首个为第 %3 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1412"/>
        <source>Texts cut to %1 bytes: %n, first item %2.</source>
        <translation>
            <numerusform>截断为 %1 字节的文本：%n 处，首个为第 %2 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1417"/>
        <source>Values of an unexpected type ignored: %n, first item %1.</source>
        <translation>
            <numerusform>已忽略类型不符的值：%n 个，首个为第 %1 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1421"/>
        <source>Dates not in the form YYYY-MM-DD left empty: %n, first item %1.</source>
        <translation>
            <numerusform>不符合 YYYY-MM-DD 格式、已留空的日期：%n 个，首个为第 %1 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1425"/>
        <source>Identifiers adapted to the characters A-Z a-z 0-9 . _ : - (an IRI to its last segment): %n, first item %1.</source>
        <translation>
            <numerusform>已调整为仅含字符 A-Z a-z 0-9 . _ : - 的标识符（IRI 取最后一段）：%n 个，首个为第 %1 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1430"/>
        <source>Datasets without a title, named by their identifier: %n, first item %1.</source>
        <translation>
            <numerusform>无标题、以标识符命名的数据集：%n 个，首个为第 %1 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1436"/>
        <source>Landing pages left out (not an http or https URL): %n, first item %1.</source>
        <translation>
            <numerusform>已省略的数据页面（不是 http 或 https 网址）：%n 个，首个为第 %1 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1440"/>
        <source>Landing pages set to the dataset&apos;s page on the portal: %n.</source>
        <translation>
            <numerusform>数据页面设为门户网站上的数据集页面：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1443"/>
        <source>Datasets with no theme the catalog knows, filed under &quot;other&quot;: %n.</source>
        <translation>
            <numerusform>主题不在目录中、归入“其他”的数据集：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetimport.cpp" line="1446"/>
        <source>Texts in a language other than Chinese or English, kept as the English text: %n, first item %1.</source>
        <translation>
            <numerusform>中文和英文以外语言的文本，已作为英文文本保留：%n 处，首个为第 %1 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1455"/>
        <source>The file is larger than %1 MiB.</source>
        <translation>文件大于 %1 MiB。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1465"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1469"/>
        <source>The file nests arrays and objects deeper than %1 levels; no catalogue does.</source>
        <translation>文件中数组和对象的嵌套超过 %1 层；正常的数据目录不会如此。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1477"/>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation>文件不是 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1497"/>
        <source>The portal answered with an error: %1</source>
        <translation>门户网站返回错误：%1</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1498"/>
        <source>(no message)</source>
        <translation>（无信息）</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1516"/>
        <source>The response holds %1 of the %2 datasets the search found; the others are on further pages of the portal&apos;s answer.</source>
        <translation>响应中包含搜索到的 %2 个数据集中的 %1 个；其余数据集在门户网站返回结果的后续页面中。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1533"/>
        <source>The CKAN response has no &quot;result&quot; object.</source>
        <translation>CKAN 响应中没有“result”对象。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1551"/>
        <source>The file is neither a CKAN API response nor a DCAT-AP JSON-LD catalogue.</source>
        <translation>文件既不是 CKAN API 响应，也不是 DCAT-AP JSON-LD 数据目录。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1558"/>
        <source>The file is an empty list.</source>
        <translation>文件是一个空列表。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1573"/>
        <source>The file is a list of %1, not of datasets.</source>
        <translation>文件是%1列表，而不是数据集列表。</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1574"/>
        <source>strings</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1574"/>
        <source>values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/datasetimport.cpp" line="1578"/>
        <source>The file is not a JSON object or array.</source>
        <translation>文件不是 JSON 对象或数组。</translation>
    </message>
</context>
<context>
    <name>scb::DatasetTableModel</name>
    <message>
        <location filename="../app/datasetmodels.cpp" line="202"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="204"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="206"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="208"/>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="210"/>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="212"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="214"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="216"/>
        <source>Annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="218"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>scb::DatasetsPage</name>
    <message>
        <location filename="../app/datasetspage.cpp" line="115"/>
        <source>Synthetic sample row</source>
        <translation>模拟示例数据行</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="118"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="140"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="151"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="152"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="155"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="156"/>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="157"/>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="158"/>
        <source>Access</source>
        <translation>开放方式</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="159"/>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="162"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="163"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="166"/>
        <source>Temporal coverage</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="167"/>
        <source>Updated</source>
        <translation>更新频率</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="169"/>
        <source>Annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="171"/>
        <source>Issued</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="172"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="173"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="176"/>
        <source>Landing page</source>
        <translation>数据页面</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="259"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="264"/>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="267"/>
        <source>Datasets and volume by theme</source>
        <translation>各主题数据集数量与数据量</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="268"/>
        <source>Datasets issued per year</source>
        <translation>每年发布的数据集</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="281"/>
        <source>Search titles, descriptions and keywords (中文 or English)</source>
        <translation>搜索标题、描述和关键词（中文或英文）</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="285"/>
        <source>&amp;Sort:</source>
        <translation>排序(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="288"/>
        <source>Best match</source>
        <translation>最佳匹配</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="289"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="290"/>
        <source>Recently modified</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="291"/>
        <source>Recently issued</source>
        <translation>最近发布</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="292"/>
        <source>Largest</source>
        <translation>数据量最大</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="293"/>
        <source>Most records</source>
        <translation>记录数最多</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="295"/>
        <source>Clear the search and every facet</source>
        <translation>清除搜索和所有分面筛选</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="314"/>
        <source>Facets</source>
        <translation>分面筛选</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="371"/>
        <source>List the next %n dataset(s)</source>
        <translation>
            <numerusform>列出后 %n 个数据集</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="389"/>
        <source>Dataset details</source>
        <translation>数据集详情</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="489"/>
        <source>The export was cancelled: the list changed. Export again to save the new one.</source>
        <translation>导出已取消：列表已变化。请重新导出以保存新的列表。</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="578"/>
        <source>The export to %1 was replaced by one to %2.</source>
        <translation>导出到 %1 的任务已由导出到 %2 取代。</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="589"/>
        <source>The export stopped: the catalog could not be read: %1</source>
        <translation>导出已中止：无法读取目录：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="600"/>
        <source>Listing all %n dataset(s) for the export…</source>
        <translation>
            <numerusform>正在列出全部 %n 个数据集以便导出…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="602"/>
        <source>Listing every match for the export…</source>
        <translation>正在列出全部匹配项以便导出…</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="635"/>
        <source>Datasets (%1 in all)</source>
        <translation>数据集（共 %1 个）</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="638"/>
        <source>Volume (%1 in all)</source>
        <translation>数据量（共 %1）</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="657"/>
        <source>% of the catalog</source>
        <translation>占目录比例 (%)</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="666"/>
        <source>%1: %2 datasets (%3 %), %4 (%5 %)</source>
        <translation>%1：%2 个数据集（%3 %），%4（%5 %）</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="687"/>
        <source>Issued that year</source>
        <translation>当年发布</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="691"/>
        <source>In the catalog (cumulative)</source>
        <translation>目录中累计</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="711"/>
        <source>Datasets issued</source>
        <translation>当年发布数</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="716"/>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="724"/>
        <source>%1: %n dataset(s) issued</source>
        <translation>
            <numerusform>%1：发布 %n 个数据集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="731"/>
        <source>End of %1: %n dataset(s) in the catalog</source>
        <translation>
            <numerusform>%1 年末：目录中共 %n 个数据集</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="802"/>
        <source>Select a dataset to read about it here.</source>
        <translation>选择一个数据集，在此查看其详情。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="816"/>
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n 个数据集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="818"/>
        <source>%1 of %n dataset(s) listed</source>
        <translation>
            <numerusform>已列出 %n 个数据集中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="824"/>
        <source>The catalog could not be read: %1</source>
        <translation>无法读取数据目录：%1</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="826"/>
        <source>Sorted among the %1 datasets listed; scroll down to list more.</source>
        <translation>仅在已列出的 %1 个数据集中排序；向下滚动可列出更多。</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="829"/>
        <source>Scroll down to list more.</source>
        <translation>向下滚动可列出更多。</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="844"/>
        <source>The catalog could not be read.</source>
        <translation>无法读取数据目录。</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="846"/>
        <source>Loading the catalog…</source>
        <translation>正在加载数据目录…</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="848"/>
        <source>No dataset matches the search and the filters.</source>
        <translation>没有符合搜索和筛选条件的数据集。</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="850"/>
        <source>No datasets yet.</source>
        <translation>暂无数据集。</translation>
    </message>
</context>
<context>
    <name>scb::DatasetsSection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="349"/>
        <source>No dataset catalog is available: connect to a server once, or import a catalog.</source>
        <translation>没有数据集目录：请至少连接一次服务器，或导入数据目录。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="358"/>
        <location filename="../app/reportsections.cpp" line="365"/>
        <location filename="../app/reportsections.cpp" line="366"/>
        <location filename="../app/reportsections.cpp" line="369"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="358"/>
        <source>in the catalog</source>
        <translation>目录中</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="359"/>
        <location filename="../app/reportsections.cpp" line="369"/>
        <source>Volume</source>
        <translation>数据量</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="359"/>
        <source>where known</source>
        <translation>已知部分</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="360"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="361"/>
        <source>tourism, electricity, government, …</source>
        <translation>旅游、电力、政务等</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="364"/>
        <source>Datasets by theme</source>
        <translation>各主题数据集</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="368"/>
        <source>Datasets and volume by theme</source>
        <translation>各主题数据集数量与数据量</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="369"/>
        <location filename="../app/reportsections.cpp" line="383"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="382"/>
        <source>Newest datasets</source>
        <translation>最新数据集</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="383"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="383"/>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="383"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="389"/>
        <source>No datasets.</source>
        <translation>无数据集。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="61"/>
        <source>Training datasets</source>
        <translation>训练数据集</translation>
    </message>
</context>
<context>
    <name>scb::FacetModel</name>
    <message numerus="yes">
        <location filename="../app/datasetmodels.cpp" line="435"/>
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · 已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="455"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetmodels.cpp" line="458"/>
        <source>%1: %n dataset(s)</source>
        <translation>
            <numerusform>%1：%n 个数据集</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::FleetBridge</name>
    <message>
        <location filename="../app/fleetbridge.cpp" line="139"/>
        <source>History is not kept: %1</source>
        <translation>未保存历史数据：%1</translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="141"/>
        <source>The embedded simulator did not start: %1</source>
        <translation>内置模拟器未能启动：%1</translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="162"/>
        <source>History write failed: %1</source>
        <translation>历史数据写入失败：%1</translation>
    </message>
    <message>
        <location filename="../app/fleetbridge.cpp" line="373"/>
        <source>Not connected to the ingest pipeline yet.</source>
        <translation>尚未连接到数据接入管道。</translation>
    </message>
</context>
<context>
    <name>scb::HistoryChart</name>
    <message>
        <location filename="../app/historychart.cpp" line="77"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="107"/>
        <source>Drag across the chart to zoom into that time; right-click to save it</source>
        <translation>在图上拖动可放大该时段；右键可保存图表</translation>
    </message>
    <message>
        <location filename="../app/historychart.cpp" line="122"/>
        <source>Whole fleet</source>
        <translation>全集群</translation>
    </message>
</context>
<context>
    <name>scb::ImportReportDialog</name>
    <message>
        <location filename="../app/datasetspage.cpp" line="190"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="197"/>
        <source>%1 could not be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="201"/>
        <source>Imported %n dataset(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个数据集。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="202"/>
        <source>Imported %n dataset(s) from %1 (%2).</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个数据集（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/datasetspage.cpp" line="206"/>
        <source>%n item(s) refused.</source>
        <translation>
            <numerusform>拒绝 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="213"/>
        <source>Refused:</source>
        <translation>已拒绝：</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="220"/>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../app/datasetspage.cpp" line="225"/>
        <source>Nothing was refused.</source>
        <translation>没有被拒绝的项。</translation>
    </message>
</context>
<context>
    <name>scb::IndustryPage</name>
    <message>
        <location filename="../app/industrypage.cpp" line="75"/>
        <source>%1 (synthetic)</source>
        <translation>%1（模拟数据）</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="76"/>
        <source>%1
Source: %2</source>
        <translation>%1
来源：%2</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="83"/>
        <source>Target %1: %2</source>
        <translation>%1 年目标：%2</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="152"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="186"/>
        <source>Big data electronic information industry output</source>
        <translation>大数据电子信息产业产值</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="187"/>
        <source>Software and IT services revenue</source>
        <translation>软件和信息技术服务业收入</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="189"/>
        <source>Growing enterprises introduced and cultivated</source>
        <translation>引进培育成长型企业</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="191"/>
        <location filename="../app/industrypage.cpp" line="414"/>
        <source>Large-model application scenarios by field</source>
        <translation>各领域大模型应用场景</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="245"/>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="294"/>
        <source>Output value %1: %2</source>
        <translation>%1 年产值：%2</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="297"/>
        <location filename="../app/industrypage.cpp" line="308"/>
        <source>(×%1 in five years)</source>
        <translation>（五年增至 %1 倍）</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="305"/>
        <source>software and IT services %1: %2</source>
        <translation>%1 年软件和信息技术服务业：%2</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="315"/>
        <source>growing enterprises %1: %2</source>
        <translation>%1 年成长型企业：%2</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="324"/>
        <source>large-model scenarios %1: %2</source>
        <translation>%1 年大模型应用场景：%2</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="326"/>
        <source>No figures yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="337"/>
        <source>Output value</source>
        <translation>产值</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="343"/>
        <source>Year-on-year growth (%)</source>
        <translation>同比增长 (%)</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="366"/>
        <source>Growth (%)</source>
        <translation>增长 (%)</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="377"/>
        <source>%1: %2 over %3</source>
        <translation>%1：较 %3 增长 %2</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="388"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="400"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="461"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../app/industrypage.cpp" line="477"/>
        <source>Scenarios</source>
        <translation>场景数</translation>
    </message>
</context>
<context>
    <name>scb::IndustrySection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="477"/>
        <source>No industry output figures are available: connect to a server once.</source>
        <translation>没有产业产值数据：请至少连接一次服务器。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="488"/>
        <source>Software revenue</source>
        <translation>软件业务收入</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="491"/>
        <source>Software revenue target</source>
        <translation>软件收入目标</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="496"/>
        <source>Growing enterprises</source>
        <translation>成长型企业</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="498"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="503"/>
        <source>Output value and software revenue</source>
        <translation>产值与软件业务收入</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="509"/>
        <source>Growing enterprises against the target</source>
        <translation>成长型企业与目标对比</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="509"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="521"/>
        <source>Figures by year</source>
        <translation>年度数据</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="522"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="541"/>
        <source>No figures.</source>
        <translation>无数据。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="79"/>
        <source>Industry output</source>
        <translation>产业产值</translation>
    </message>
</context>
<context>
    <name>scb::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="62"/>
        <source>SCB Dashboard — smart computing base operations</source>
        <translation>SCB 看板 — 智算基地运营</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="76"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="77"/>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="78"/>
        <location filename="../app/mainwindow.cpp" line="279"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="79"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="80"/>
        <source>Cloud adoption</source>
        <translation>企业上云</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="81"/>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>&amp;Import datasets…</source>
        <translation>导入数据集(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>Add datasets from a CKAN package_search response or a DCAT-AP catalogue (JSON-LD)</source>
        <translation>从 CKAN package_search 响应或 DCAT-AP 数据目录（JSON-LD）添加数据集</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>Write a PDF report of the fleet and the base&apos;s figures</source>
        <translation>将集群与基地的数据写成 PDF 报告</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="111"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="115"/>
        <source>&amp;Summary screen</source>
        <translation>汇总大屏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>Full-screen slides for a meeting-room screen (Esc leaves)</source>
        <translation>用于会议室大屏的全屏轮播（按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="119"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="120"/>
        <source>Alert &amp;thresholds…</source>
        <translation>告警阈值(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="122"/>
        <source>Summary &amp;screen…</source>
        <translation>汇总大屏(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>&amp;About SCB Dashboard</source>
        <translation>关于 SCB 看板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>About SCB Dashboard</source>
        <translation>关于 SCB 看板</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="151"/>
        <source>&lt;b&gt;SCB Dashboard %1&lt;/b&gt;&lt;p&gt;Operations dashboard of a smart computing base: the live accelerator fleet and its history, the datasets it publishes, enterprises on the cloud and industry output.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SCB 看板 %1&lt;/b&gt;&lt;p&gt;智算基地运营看板：加速芯片集群的实时状态和历史数据、基地发布的数据集、企业上云和产业产值。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Import datasets</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Catalogues (*.json *.jsonld);;All files (*)</source>
        <translation>数据目录 (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="254"/>
        <source>History: %1 · %2 ticks received, %3 stored</source>
        <translation>历史数据：%1 · 已接收 %2 次采样，已存储 %3 次</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="259"/>
        <source> · store behind by %n tick(s)</source>
        <translation>
            <numerusform> · 存储滞后 %n 次采样</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="262"/>
        <source> · %1 skipped while the store was behind</source>
        <translation> · 存储滞后期间跳过 %1 次</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="264"/>
        <source> · compaction behind: %1 ticks waiting</source>
        <translation> · 压缩滞后：%1 次采样待处理</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266"/>
        <source> · rejected: %1 chunks, %2 values</source>
        <translation> · 已拒绝：%1 个数据块，%2 个数值</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269"/>
        <source> · %1 incomplete ticks</source>
        <translation> · %1 次采样不完整</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="271"/>
        <source> · %n reconnect(s)</source>
        <translation>
            <numerusform> · 重连 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="279"/>
        <source>Alerts (%1)</source>
        <translation>告警（%1）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="285"/>
        <source>%1 active alerts, %2 critical</source>
        <translation>%1 条活动告警，其中 %2 条严重</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="301"/>
        <source>%1 (and %n more problem(s) with the alert settings, see the log)</source>
        <translation>
            <numerusform>%1（告警设置另有 %n 个问题，请查看日志）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="316"/>
        <source>Alert thresholds not applied: %1</source>
        <translation>告警阈值未生效：%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="323"/>
        <source>Alert thresholds applied.</source>
        <translation>告警阈值已生效。</translation>
    </message>
</context>
<context>
    <name>scb::ObservationTableModel</name>
    <message>
        <location filename="../app/datasetmodels.cpp" line="595"/>
        <source>synthetic (sample data)</source>
        <translation>模拟（示例数据）</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="610"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="612"/>
        <source>Series</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="614"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="616"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="618"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/datasetmodels.cpp" line="620"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>scb::ObservationTablePanel</name>
    <message>
        <location filename="../app/statwidgets.cpp" line="87"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/statwidgets.cpp" line="88"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/statwidgets.cpp" line="102"/>
        <source>Search the figures</source>
        <translation>搜索数据</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/statwidgets.cpp" line="176"/>
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 条数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/statwidgets.cpp" line="177"/>
        <source>%1 of %n figure(s)</source>
        <translation>
            <numerusform>%n 条数据中的 %1 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::OverviewPage</name>
    <message>
        <location filename="../app/overviewpage.cpp" line="27"/>
        <source>Chips online</source>
        <translation>在线芯片</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="28"/>
        <source>Fleet mean utilization</source>
        <translation>集群平均利用率</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="29"/>
        <source>Total power</source>
        <translation>总功耗</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="30"/>
        <source>Chips in fault</source>
        <translation>故障芯片</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="47"/>
        <source>Smart computing centers</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="72"/>
        <source>Total power of the fleet — last 24 hours</source>
        <translation>集群总功耗 — 最近 24 小时</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="75"/>
        <source>Total power of the fleet</source>
        <translation>集群总功耗</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="93"/>
        <source>of %1 installed · target %2</source>
        <translation>已部署 %1 · 目标 %2</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="99"/>
        <source>over %1 chips reporting</source>
        <translation>基于 %1 颗上报芯片</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="104"/>
        <source>%1 W per chip online</source>
        <translation>在线芯片平均 %1 W</translation>
    </message>
    <message>
        <location filename="../app/overviewpage.cpp" line="107"/>
        <source>%1 throttled · %2 offline</source>
        <translation>降频 %1 · 离线 %2</translation>
    </message>
</context>
<context>
    <name>scb::OverviewSection</name>
    <message>
        <location filename="../app/reportsections.cpp" line="185"/>
        <source>No fleet history is available for this report (database: %1).</source>
        <translation>本报告没有可用的集群历史数据（数据库：%1）。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="192"/>
        <source>Chips online</source>
        <translation>在线芯片</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="194"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="195"/>
        <location filename="../app/reportsections.cpp" line="210"/>
        <source>Mean utilization</source>
        <translation>平均利用率</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="196"/>
        <source>over the period</source>
        <translation>报告期内</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="198"/>
        <source>Power now</source>
        <translation>当前功耗</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="199"/>
        <source>whole fleet</source>
        <translation>全集群</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="200"/>
        <source>Chips with faults</source>
        <translation>故障芯片</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="202"/>
        <source>ECC, XID or health fault</source>
        <translation>ECC、XID 或健康故障</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="205"/>
        <source>Latest fleet data: %1.</source>
        <translation>最新集群数据：%1。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="208"/>
        <source>Smart computing centers</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="209"/>
        <source>Center</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="209"/>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="209"/>
        <source>Chips</source>
        <translation>芯片数</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="209"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="210"/>
        <source>Utilization now</source>
        <translation>当前利用率</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="210"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="210"/>
        <source>Faults</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="226"/>
        <source>No centers in the inventory.</source>
        <translation>设备清单中没有智算中心。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="230"/>
        <source>Fleet utilization over the period</source>
        <translation>报告期内集群利用率</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="231"/>
        <source>Utilization (%)</source>
        <translation>利用率 (%)</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="235"/>
        <location filename="../app/reportsections.cpp" line="248"/>
        <source>Fleet</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="239"/>
        <source>Power, last 24 hours</source>
        <translation>功耗，最近 24 小时</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="247"/>
        <source>Power (%1)</source>
        <translation>功耗 (%1)</translation>
    </message>
    <message>
        <location filename="../app/reportsections.h" line="43"/>
        <source>Fleet overview</source>
        <translation>集群概况</translation>
    </message>
</context>
<context>
    <name>scb::ReportBuilder</name>
    <message>
        <location filename="../app/reportsections.cpp" line="567"/>
        <source>Gui&apos;an smart computing base</source>
        <translation>贵安智算基地</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="580"/>
        <source>Operations report</source>
        <translation>运营报告</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="581"/>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="582"/>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="584"/>
        <source>; </source>
        <comment>between the items of a title page fact</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="587"/>
        <source>history database %1</source>
        <translation>历史数据库 %1</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="589"/>
        <source>statistics from server %1</source>
        <translation>统计数据来自服务器 %1</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="591"/>
        <source>statistics from the local copy</source>
        <translation>统计数据来自本地副本</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="592"/>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="592"/>
        <source>none available</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="596"/>
        <source>fleet data up to %1 (%2)</source>
        <translation>集群数据截至 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="599"/>
        <source>statistics fetched %1 (%2)</source>
        <translation>统计数据获取于 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="602"/>
        <source>Freshness</source>
        <translation>数据时效</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="603"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="604"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="607"/>
        <source>Not everything could be read:</source>
        <translation>部分数据无法读取：</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="615"/>
        <source>No fleet history falls in the period: it ends at %1. The dashboard records the fleet only while it runs.</source>
        <translation>报告期内没有集群历史数据：历史数据截止于 %1。看板只在运行期间记录集群数据。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="619"/>
        <source>The fleet history ends at %1, before the end of the period (%2). The dashboard records the fleet only while it runs.</source>
        <translation>集群历史数据截止于 %1，早于报告期结束时间（%2）。看板只在运行期间记录集群数据。</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="625"/>
        <source>%1 · generated by scb-dashboard on %2 · period %3</source>
        <translation>%1 · 由 scb-dashboard 于 %2 生成 · 报告期 %3</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="629"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="631"/>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="632"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="632"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="632"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="632"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="639"/>
        <source>Chips online</source>
        <translation>在线芯片</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="641"/>
        <source>Chips in the fleet</source>
        <translation>集群芯片总数</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="643"/>
        <source>Mean utilization over the period</source>
        <translation>报告期内平均利用率</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="645"/>
        <source>Power now</source>
        <translation>当前功耗</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="646"/>
        <source>Chips with faults</source>
        <translation>故障芯片</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="651"/>
        <source>Open alerts raised in the period</source>
        <translation>报告期内产生的未关闭告警</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="655"/>
        <source>Datasets in the catalog</source>
        <translation>目录中的数据集</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="666"/>
        <source>Enterprises on the cloud</source>
        <translation>上云企业</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="672"/>
        <source>Software revenue</source>
        <translation>软件业务收入</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="678"/>
        <source>Growing enterprises</source>
        <translation>成长型企业</translation>
    </message>
    <message>
        <location filename="../app/reportsections.cpp" line="681"/>
        <source>No figures are available.</source>
        <translation>没有可用数据。</translation>
    </message>
</context>
<context>
    <name>scb::ReportDialog</name>
    <message>
        <location filename="../app/reportdialog.cpp" line="40"/>
        <source>&amp;Open the report when it is written</source>
        <translation>报告写好后打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="46"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="60"/>
        <source>Sections:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="62"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="63"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="64"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="65"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="79"/>
        <source>Period:</source>
        <translation>报告期：</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="86"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="90"/>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="91"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="92"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="93"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="94"/>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="103"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="107"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="117"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="180"/>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="182"/>
        <source>The period must start before it ends.</source>
        <translation>报告期的开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="189"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="190"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="205"/>
        <source>Reading the data…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="236"/>
        <source>Drawing page %1 of %2…</source>
        <translation>正在绘制第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="259"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="263"/>
        <source>The report could not be written.</source>
        <translation>无法写出报告。</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="264"/>
        <source>The report could not be written: %1</source>
        <translation>无法写出报告：%1</translation>
    </message>
    <message>
        <location filename="../app/reportdialog.cpp" line="288"/>
        <location filename="../app/reportdialog.cpp" line="291"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>scb::ReportDocument</name>
    <message>
        <location filename="../app/report.cpp" line="74"/>
        <source>expected 1h to 400d, got &apos;%1&apos;.</source>
        <translation>应为 1h 到 400d，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="83"/>
        <source>expected dates YYYY-MM-DD or times YYYY-MM-DDTHH:MM in FROM..TO, got &apos;%1&apos;.</source>
        <translation>FROM..TO 中应为日期 YYYY-MM-DD 或时间 YYYY-MM-DDTHH:MM，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="87"/>
        <source>the start must come before the end, got &apos;%1&apos;.</source>
        <translation>开始必须早于结束，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="89"/>
        <source>at most 400 days in one report, got &apos;%1&apos;.</source>
        <translation>一份报告最多 400 天，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="94"/>
        <source>expected 24h, 7d, 30d or FROM..TO, got &apos;%1&apos;.</source>
        <translation>应为 24h、7d、30d 或 FROM..TO，实际为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="105"/>
        <source>unknown section &apos;%1&apos; (known: %2).</source>
        <translation>未知章节“%1”（可用章节：%2）。</translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="110"/>
        <source>no section named.</source>
        <translation>未指定章节。</translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="271"/>
        <source>Server %1 did not answer (%2): figures from the local copy.</source>
        <translation>服务器 %1 未响应（%2）：使用本地副本中的数据。</translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="320"/>
        <location filename="../app/report.cpp" line="335"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/report.cpp" line="325"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="444"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="575"/>
        <source>No data for this period</source>
        <translation>报告期内无数据</translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="777"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="799"/>
        <source>The page layout is not valid.</source>
        <translation>页面布局无效。</translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="828"/>
        <location filename="../app/reportdocument.cpp" line="841"/>
        <source>Cannot write the PDF.</source>
        <translation>无法写入 PDF。</translation>
    </message>
    <message>
        <location filename="../app/reportdocument.cpp" line="832"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>scb::StatCharts</name>
    <message>
        <location filename="../app/statwidgets.cpp" line="472"/>
        <source>Published figure</source>
        <translation>公布数据</translation>
    </message>
</context>
<context>
    <name>scb::StatLabels</name>
    <message>
        <location filename="../app/statlabels.cpp" line="23"/>
        <location filename="../app/statlabels.cpp" line="44"/>
        <location filename="../app/statlabels.cpp" line="93"/>
        <source>Tourism</source>
        <translation>旅游</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="24"/>
        <location filename="../app/statlabels.cpp" line="47"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="25"/>
        <location filename="../app/statlabels.cpp" line="95"/>
        <source>Government affairs</source>
        <translation>政务</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="26"/>
        <location filename="../app/statlabels.cpp" line="99"/>
        <source>Meteorology</source>
        <translation>气象</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="27"/>
        <location filename="../app/statlabels.cpp" line="43"/>
        <location filename="../app/statlabels.cpp" line="92"/>
        <source>Healthcare</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="28"/>
        <location filename="../app/statlabels.cpp" line="90"/>
        <source>Industry</source>
        <translation>工业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="29"/>
        <location filename="../app/statlabels.cpp" line="45"/>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="30"/>
        <location filename="../app/statlabels.cpp" line="52"/>
        <location filename="../app/statlabels.cpp" line="96"/>
        <source>Transport</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="31"/>
        <location filename="../app/statlabels.cpp" line="50"/>
        <location filename="../app/statlabels.cpp" line="94"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="32"/>
        <source>Environment</source>
        <translation>生态环境</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="33"/>
        <location filename="../app/statlabels.cpp" line="42"/>
        <location filename="../app/statlabels.cpp" line="97"/>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="34"/>
        <location filename="../app/statlabels.cpp" line="57"/>
        <location filename="../app/statlabels.cpp" line="100"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="38"/>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="39"/>
        <source>Retail and wholesale</source>
        <translation>批发和零售业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="40"/>
        <source>Wholesale</source>
        <translation>批发业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="41"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="46"/>
        <location filename="../app/statlabels.cpp" line="98"/>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="48"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="49"/>
        <source>Software and IT services</source>
        <translation>软件和信息技术服务业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="51"/>
        <source>Construction</source>
        <translation>建筑业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="53"/>
        <source>Mining</source>
        <translation>采矿业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="54"/>
        <source>Telecommunications</source>
        <translation>电信</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="55"/>
        <source>Media</source>
        <translation>传媒</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="56"/>
        <source>Real estate</source>
        <translation>房地产</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="63"/>
        <source>Nanming District</source>
        <translation>南明区</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="64"/>
        <source>Yunyan District</source>
        <translation>云岩区</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="65"/>
        <source>Huaxi District</source>
        <translation>花溪区</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="66"/>
        <source>Wudang District</source>
        <translation>乌当区</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="67"/>
        <source>Baiyun District</source>
        <translation>白云区</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="68"/>
        <source>Guanshanhu District</source>
        <translation>观山湖区</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="69"/>
        <source>Qingzhen City</source>
        <translation>清镇市</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="70"/>
        <source>Xiuwen County</source>
        <translation>修文县</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="71"/>
        <source>Kaiyang County</source>
        <translation>开阳县</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="72"/>
        <source>Xifeng County</source>
        <translation>息烽县</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="75"/>
        <source>Gui&apos;an New Area</source>
        <translation>贵安新区</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="78"/>
        <source>Guiyang</source>
        <translation>贵阳</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="79"/>
        <source>Zunyi</source>
        <translation>遵义</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="80"/>
        <source>Liupanshui</source>
        <translation>六盘水</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="81"/>
        <source>Anshun</source>
        <translation>安顺</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="82"/>
        <source>Bijie</source>
        <translation>毕节</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="83"/>
        <source>Tongren</source>
        <translation>铜仁</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="84"/>
        <source>Qiandongnan Prefecture</source>
        <translation>黔东南州</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="85"/>
        <source>Qiannan Prefecture</source>
        <translation>黔南州</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="86"/>
        <source>Qianxinan Prefecture</source>
        <translation>黔西南州</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="91"/>
        <source>Rural vitalization</source>
        <translation>乡村振兴</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="104"/>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="105"/>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="106"/>
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="110"/>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="111"/>
        <source>Annotated</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="112"/>
        <source>Benchmark</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="116"/>
        <source>Public</source>
        <translation>无条件开放</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="117"/>
        <source>Restricted</source>
        <translation>有条件开放</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="118"/>
        <source>Not public</source>
        <translation>不予开放</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="122"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="123"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="124"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="125"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="126"/>
        <source>Annual</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="127"/>
        <source>Irregular</source>
        <translation>不定期</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="128"/>
        <source>Never updated</source>
        <translation>不更新</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="132"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="133"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="134"/>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="135"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="136"/>
        <source>Annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="137"/>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="138"/>
        <source>Access</source>
        <translation>开放方式</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="142"/>
        <source>Enterprises on the cloud</source>
        <translation>上云企业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="143"/>
        <source>New adopters</source>
        <translation>新增上云企业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="144"/>
        <source>On the cloud by industry</source>
        <translation>分行业上云企业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="145"/>
        <source>On the cloud by region</source>
        <translation>分地区上云企业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="147"/>
        <source>Enterprises above designated size on the cloud</source>
        <translation>规模以上企业上云</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="148"/>
        <source>Province figure</source>
        <translation>全省数据</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="149"/>
        <source>Adoption target</source>
        <translation>上云目标</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="151"/>
        <source>Big data electronic information industry output</source>
        <translation>大数据电子信息产业产值</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="152"/>
        <source>Software and IT services revenue</source>
        <translation>软件和信息技术服务业收入</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="153"/>
        <source>Software revenue target</source>
        <translation>软件收入目标</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="154"/>
        <source>Growing enterprises</source>
        <translation>成长型企业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="156"/>
        <source>Growing enterprises target</source>
        <translation>成长型企业目标</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="157"/>
        <source>Large-model application scenarios</source>
        <translation>大模型应用场景</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="159"/>
        <source>Large-model scenarios target</source>
        <translation>大模型应用场景目标</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="233"/>
        <location filename="../app/statlabels.cpp" line="238"/>
        <location filename="../app/statlabels.cpp" line="243"/>
        <location filename="../app/statlabels.cpp" line="248"/>
        <location filename="../app/statlabels.cpp" line="266"/>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="277"/>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="279"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="281"/>
        <source>100 million yuan</source>
        <translation>亿元</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="283"/>
        <source>Scenarios</source>
        <translation>场景数</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="310"/>
        <source>%1 enterprises</source>
        <translation>%1 家企业</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="312"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="314"/>
        <source>%1 × 100 million yuan</source>
        <translation>%1 亿元</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="316"/>
        <source>%1 scenarios</source>
        <translation>%1 个场景</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="317"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="327"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="329"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="331"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="333"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="334"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="348"/>
        <source>%1 %2</source>
        <comment>month year</comment>
        <extracomment>A month and its year, e.g. &quot;March 2024&quot;; Chinese: &quot;%2年%1&quot;.</extracomment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="366"/>
        <source>the offline copy is not kept (%1)</source>
        <translation>未保存离线副本（%1）</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="378"/>
        <source>No data yet — fetching from the server…</source>
        <translation>暂无数据 — 正在从服务器获取…</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="380"/>
        <source>No data yet — the server could not be reached: %1</source>
        <translation>暂无数据 — 无法连接服务器：%1</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="381"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="386"/>
        <source>Catalog from server, fetched %1</source>
        <translation>数据目录来自服务器，获取于 %1</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="387"/>
        <source>Figures from server, fetched %1</source>
        <translation>数据来自服务器，获取于 %1</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="388"/>
        <source>%1 · updating…</source>
        <translation>%1 · 正在更新…</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="391"/>
        <source>Showing the copy fetched %1 — contacting the server…</source>
        <translation>显示 %1 获取的副本 — 正在连接服务器…</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="392"/>
        <source>Server unreachable — showing the copy fetched %1</source>
        <translation>无法连接服务器 — 显示 %1 获取的副本</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="397"/>
        <source>Series marked synthetic are sample data for the demo, not official figures.</source>
        <translation>标为模拟数据的指标是用于演示的示例数据，并非官方数据。</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="403"/>
        <source>%1 (synthetic)</source>
        <translation>%1（模拟数据）</translation>
    </message>
    <message>
        <location filename="../app/statlabels.cpp" line="405"/>
        <source>%1 (partly synthetic)</source>
        <translation>%1（部分为模拟数据）</translation>
    </message>
</context>
<context>
    <name>scb::StatisticsBridge</name>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="248"/>
        <source>catalog: %1</source>
        <translation>数据目录：%1</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="258"/>
        <source>cloud adoption: %1</source>
        <translation>企业上云：%1</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="268"/>
        <source>industry output: %1</source>
        <translation>产业产值：%1</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="301"/>
        <source>storing the %1: %2</source>
        <translation>存储%1时出错：%2</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="304"/>
        <source>no cache: %1</source>
        <translation>无缓存：%1</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="307"/>
        <source>catalog</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="310"/>
        <source>cloud adoption</source>
        <translation>企业上云数据</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="314"/>
        <source>industry output</source>
        <translation>产业产值数据</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="347"/>
        <location filename="../app/statisticsbridge.cpp" line="394"/>
        <source>No cache: %1</source>
        <translation>无缓存：%1</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="412"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="414"/>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="416"/>
        <location filename="../app/statisticsbridge.cpp" line="436"/>
        <source>The file is larger than %1 MiB.</source>
        <translation>文件大于 %1 MiB。</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="418"/>
        <location filename="../app/statisticsbridge.cpp" line="438"/>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../app/statisticsbridge.cpp" line="450"/>
        <source>The datasets could not be stored: %1</source>
        <translation>无法存储数据集：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/statisticsbridge.cpp" line="457"/>
        <source>Datasets refused by the catalog: %n.</source>
        <translation>
            <numerusform>数据目录拒绝的数据集：%n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scb::SummaryScreen</name>
    <message>
        <location filename="../app/summaryscreen.cpp" line="147"/>
        <source>SCB Dashboard — summary</source>
        <translation>SCB 看板 — 汇总大屏</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="220"/>
        <source>Gui&apos;an New Area smart computing base</source>
        <translation>贵安新区智算基地</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="438"/>
        <source>Fleet utilization today</source>
        <translation>今日集群利用率</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="443"/>
        <source>Mean over the %1 chips reporting now</source>
        <translation>当前上报的 %1 颗芯片的平均值</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="446"/>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="448"/>
        <source>Waiting for the fleet&apos;s first data…</source>
        <translation>正在等待集群首批数据…</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="452"/>
        <source>Today&apos;s mean so far: %1</source>
        <translation>今日截至目前平均：%1</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="457"/>
        <source>Lowest %1 · highest %2</source>
        <translation>最低 %1 · 最高 %2</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="460"/>
        <location filename="../app/summaryscreen.cpp" line="489"/>
        <source>Fleet of the embedded simulator (synthetic sample)</source>
        <translation>内置模拟器生成的集群（模拟示例）</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="467"/>
        <source>Chips in service</source>
        <translation>在役芯片</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="469"/>
        <source>Online now, against the target of %1 chips</source>
        <translation>当前在线数，目标 %1 颗芯片</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="471"/>
        <location filename="../app/summaryscreen.cpp" line="521"/>
        <location filename="../app/summaryscreen.cpp" line="564"/>
        <source>of %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="477"/>
        <location filename="../app/summaryscreen.cpp" line="524"/>
        <location filename="../app/summaryscreen.cpp" line="567"/>
        <source>%1 of the target</source>
        <translation>完成目标的 %1</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="478"/>
        <source>%1 installed · %2 offline · %3 in fault</source>
        <translation>已部署 %1 · 离线 %2 · 故障 %3</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="483"/>
        <source>%1 more to reach the target</source>
        <translation>距目标还差 %1</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="486"/>
        <source>Target reached</source>
        <translation>已达到目标</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="496"/>
        <source>Enterprises on the cloud</source>
        <translation>上云企业</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="514"/>
        <location filename="../app/summaryscreen.cpp" line="557"/>
        <source>No figures yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="517"/>
        <source>Enterprises of the province using cloud services, %1</source>
        <translation>全省使用云服务的企业（%1）</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="526"/>
        <source>Target: %1 (set on the Cloud adoption page)</source>
        <translation>目标：%1（在“企业上云”页设置）</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="543"/>
        <source>Enterprise count: synthetic sample</source>
        <translation>企业数：模拟示例</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="587"/>
        <source>Revenue figures: synthetic sample</source>
        <translation>收入数据：模拟示例</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="616"/>
        <source>Catalog of synthetic sample datasets</source>
        <translation>由模拟示例数据集组成的目录</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="550"/>
        <source>Software and IT services revenue</source>
        <translation>软件和信息技术服务业收入</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="529"/>
        <location filename="../app/summaryscreen.cpp" line="583"/>
        <source>Target for %1: %2 (synthetic sample)</source>
        <translation>%1 年目标：%2（模拟示例）</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="532"/>
        <location filename="../app/summaryscreen.cpp" line="584"/>
        <source>Target for %1: %2 (published)</source>
        <translation>%1 年目标：%2（已发布）</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="539"/>
        <source>Province figure: %1 (%2, synthetic sample)</source>
        <translation>全省数据：%1（%2，模拟示例）</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="540"/>
        <source>Province figure: %1 (published %2)</source>
        <translation>全省数据：%1（%2 发布）</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="560"/>
        <source>%1, against the target of %2</source>
        <translation>%1，目标 %2</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="574"/>
        <source>%1 on %2 (%3)</source>
        <translation>较 %2 年 %1（%3）</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="594"/>
        <source>Datasets by theme</source>
        <translation>各主题数据集</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="597"/>
        <source>No catalog yet</source>
        <translation>暂无数据目录</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/summaryscreen.cpp" line="603"/>
        <source>Training datasets in the base&apos;s catalog, in %n theme(s)</source>
        <translation>
            <numerusform>基地目录中的训练数据集，共 %n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="606"/>
        <source>datasets</source>
        <translation>个数据集</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="612"/>
        <source>%1 in all</source>
        <translation>共 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/summaryscreen.cpp" line="618"/>
        <source>Partly synthetic: %n sample dataset(s) in the catalog</source>
        <translation>
            <numerusform>部分为模拟数据：目录中有 %n 个示例数据集</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="628"/>
        <source>Waiting for fleet data</source>
        <translation>正在等待集群数据</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="631"/>
        <source>Live fleet data</source>
        <translation>实时集群数据</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="632"/>
        <source>No live data: fleet data from %1</source>
        <translation>无实时数据：集群数据更新于 %1</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="775"/>
        <location filename="../app/summaryscreen.cpp" line="788"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="802"/>
        <source>No history for today yet</source>
        <translation>今日暂无历史数据</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/summaryscreen.cpp" line="871"/>
        <source>and %n more theme(s)</source>
        <translation>
            <numerusform>另有 %n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="913"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>scb::SummarySettingsDialog</name>
    <message>
        <location filename="../app/summaryscreen.cpp" line="956"/>
        <source>Summary screen</source>
        <translation>汇总大屏</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="959"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="961"/>
        <source>How long each slide stays before the next one</source>
        <translation>每页停留多久后切换到下一页</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="962"/>
        <source>Slide &amp;interval:</source>
        <translation>轮播间隔(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="969"/>
        <source>Shown in the footer of the summary screen</source>
        <translation>显示在汇总大屏的页脚</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="970"/>
        <source>&amp;Base name:</source>
        <translation>基地名称(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../app/summaryscreen.cpp" line="971"/>
        <source>On the summary screen: Esc leaves, the arrow keys step, Space pauses.</source>
        <translation>在汇总大屏上：按 Esc 退出，方向键翻页，空格键暂停。</translation>
    </message>
</context>
<context>
    <name>scb::TableExport</name>
    <message>
        <location filename="../app/tableexport.cpp" line="22"/>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="23"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="29"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>将选中的行复制为制表符分隔的文本</translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="31"/>
        <source>Save the rows shown as a CSV file (UTF-8)</source>
        <translation>将显示的行保存为 CSV 文件（UTF-8）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tableexport.cpp" line="69"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="77"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tableexport.cpp" line="82"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="100"/>
        <location filename="../app/tableexport.cpp" line="115"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../app/tableexport.cpp" line="101"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>scb::TimeRange</name>
    <message>
        <location filename="../app/timerange.cpp" line="73"/>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="75"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="77"/>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="79"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="81"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="83"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="90"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="92"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="94"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="96"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="97"/>
        <source>Last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="111"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>scb::TimeRangeBar</name>
    <message>
        <location filename="../app/timerangebar.cpp" line="149"/>
        <source>Back to the previous time range</source>
        <translation>返回上一个时间范围</translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="151"/>
        <source>Forward to the next time range</source>
        <translation>前进到下一个时间范围</translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="171"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="172"/>
        <source>Show a fixed range of your choice</source>
        <translation>显示自选的固定时间范围</translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="178"/>
        <source>Query the history again at this interval</source>
        <translation>按此间隔重新查询历史数据</translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="180"/>
        <source>Refresh off</source>
        <translation>不自动刷新</translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="181"/>
        <source>Refresh %1</source>
        <translation>每 %1 刷新</translation>
    </message>
</context>
<context>
    <name>scb::TimeRangeController</name>
    <message>
        <location filename="../app/timerange.cpp" line="24"/>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="25"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="26"/>
        <source>6 h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="27"/>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="28"/>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="29"/>
        <source>30 d</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="141"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="143"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="145"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="146"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="159"/>
        <source>Times before 1 January 2000 are not supported.</source>
        <translation>不支持 2000 年 1 月 1 日之前的时间。</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="161"/>
        <source>Times after 1 January 2100 are not supported.</source>
        <translation>不支持 2100 年 1 月 1 日之后的时间。</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="163"/>
        <source>The start must be before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <location filename="../app/timerange.cpp" line="165"/>
        <source>The range must be at least %1 seconds long.</source>
        <translation>时间范围至少为 %1 秒。</translation>
    </message>
</context>
<context>
    <name>scb::TimeRangeDialog</name>
    <message>
        <location filename="../app/timerangebar.cpp" line="60"/>
        <source>Custom time range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="67"/>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="68"/>
        <source>To:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location filename="../app/timerangebar.cpp" line="125"/>
        <source>Longer than %1 days: only the last %1 days up to the end are shown.</source>
        <translation>超过 %1 天：仅显示截至结束时间的最近 %1 天。</translation>
    </message>
</context>
<context>
    <name>scb::UtilizationHistogram</name>
    <message>
        <location filename="../app/utilizationhistogram.cpp" line="50"/>
        <location filename="../app/utilizationhistogram.cpp" line="83"/>
        <source>Chips</source>
        <translation>芯片数</translation>
    </message>
    <message>
        <location filename="../app/utilizationhistogram.cpp" line="128"/>
        <source>Chips by utilization now (%)</source>
        <translation>当前芯片利用率分布 (%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/utilizationhistogram.cpp" line="133"/>
        <source>%Ln chip(s)</source>
        <translation>
            <numerusform>%Ln 颗芯片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/utilizationhistogram.cpp" line="136"/>
        <source>%1, %Ln without data</source>
        <translation>
            <numerusform>%1，%Ln 颗无数据</numerusform>
        </translation>
    </message>
</context>
</TS>

#pragma once

// The GUI figures of scb-bench, built when the GUI is (SCB_BUILD_GUI): the
// heatmap's full repaint beside the naive fillRect per chip, and how busy
// the real main window keeps the GUI thread with a live fleet.

#include <cstdint>
#include <string>

namespace scb {

struct GuiFigures
{
    double heatmapRepaintMs = 0; // setValues + the full paintEvent, 200,000 cells, 1920x1080
    double heatmapNaiveMs = 0;   // one QPainter::fillRect per chip, same cells
    double guiBusyPct = 0;       // GUI thread busy over the measured ticks, Chips page showing
    int busyTicks = 0;           // live ticks the busy figure covers
    double report10pMs = 0;      // a 10-page PDF report, charts as vectors and tables (median)
    double report10pNaiveMs = 0; // the same with its charts as 300 dpi bitmaps
    int reportPages = 0;
    std::string error; // empty when every figure was measured
};

// Runs offscreen (its own QApplication; call once, from main, with no other
// QApplication alive). chips sizes both measurements; busyTicks live ticks at
// 1 Hz are measured for the busy figure (so it takes about busyTicks seconds).
GuiFigures measureGui(uint32_t chips, int busyTicks, const std::string &dbPath);

} // namespace scb

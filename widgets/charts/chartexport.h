#pragma once

#include <QImage>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace scb {

// Saving one chart of the dashboard as a picture, the same for every chart:
// the chart's context menu holds "Copy chart", "Save chart as PNG…" and
// "Save chart as SVG…". A Qt Charts view (any QGraphicsView) is drawn from
// its scene, so the SVG holds vectors and text, not a screenshot; any other
// widget (the heatmap) is drawn through its paintEvent. Files are written
// all or nothing.
class ChartExport : public QObject
{
    Q_OBJECT
public:
    // PNGs are drawn at this multiple of the widget's size, sharp on paper
    // and in slides.
    static constexpr qreal kPngScale = 2.0;

    // fileStem names the files offered ("utilization-per-center").
    ChartExport(QWidget *chart, QString fileStem);

    QAction *copyAction() const { return m_copy; }
    QAction *pngAction() const { return m_png; }
    QAction *svgAction() const { return m_svg; }

    // The chart as it is drawn now, at scale times its size, on white.
    static QImage renderImage(QWidget *chart, qreal scale);
    static bool writePng(QWidget *chart, const QString &path, QString *error);
    static bool writeSvg(QWidget *chart, const QString &title, const QString &path, QString *error);

    // Writes the file; message() says how it went.
    bool savePng(const QString &path);
    bool saveSvg(const QString &path);
    // "utilization-per-center-20261126-0710.png" for the time now.
    QString suggestedFileName(const QString &suffix) const;

signals:
    // "Saved the chart to …", "Could not write …: …", for a status line.
    void message(const QString &text);

private:
    void choose(const QString &suffix);
    void copy();
    bool report(bool ok, const QString &path, const QString &error);

    QWidget *m_chart;
    QString m_fileStem;
    QAction *m_copy;
    QAction *m_png;
    QAction *m_svg;
    QString m_lastMessage;
};

} // namespace scb

#include "chartexport.h"

#include "exportfilename.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QGraphicsView>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocumentFragment>

namespace scb {

namespace {

// Draws the chart into painter over (0, 0, width, height) in the chart's own
// units.
void paintChart(QWidget *chart, QPainter *painter)
{
    if (auto *view = qobject_cast<QGraphicsView *>(chart)) {
        // The scene itself: items stay vectors and text stays text.
        const QRect source = view->viewport()->rect();
        view->render(painter, QRectF(QPointF(0, 0), QSizeF(source.size())), source);
        return;
    }
    chart->render(painter, QPoint(), QRegion(),
                  QWidget::DrawWindowBackground | QWidget::DrawChildren);
}

QSize chartSize(QWidget *chart)
{
    if (auto *view = qobject_cast<QGraphicsView *>(chart))
        return view->viewport()->size();
    return chart->size();
}

// The chart's title as plain text (Qt Charts titles may hold HTML), else the
// widget's accessible name.
QString chartTitle(QWidget *chart)
{
    if (auto *view = qobject_cast<QChartView *>(chart); view && view->chart()) {
        const QString title =
            QTextDocumentFragment::fromHtml(view->chart()->title()).toPlainText().simplified();
        if (!title.isEmpty())
            return title;
    }
    return chart->accessibleName();
}

} // namespace

ChartExport::ChartExport(QWidget *chart, QString fileStem)
    : QObject(chart)
    , m_chart(chart)
    , m_fileStem(std::move(fileStem))
    , m_copy(new QAction(tr("&Copy chart"), this))
    , m_png(new QAction(tr("Save chart as &PNG…"), this))
    , m_svg(new QAction(tr("Save chart as &SVG…"), this))
{
    m_copy->setObjectName(QStringLiteral("copyChart"));
    m_png->setObjectName(QStringLiteral("saveChartPng"));
    m_svg->setObjectName(QStringLiteral("saveChartSvg"));
    m_png->setToolTip(tr("A picture at twice the size shown, for slides and documents"));
    // A Qt Charts view becomes vectors; a painted widget (the heatmap, a
    // picture of up to 200,000 cells) goes into the SVG as an image.
    m_svg->setToolTip(qobject_cast<QGraphicsView *>(chart)
                          ? tr("Lines and text as vectors, sharp at any size")
                          : tr("The picture in an SVG file, for drawing programs"));
    for (QAction *action : {m_copy, m_png, m_svg})
        chart->addAction(action);
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copy, &QAction::triggered, this, &ChartExport::copy);
    connect(m_png, &QAction::triggered, this, [this] { choose(QStringLiteral("png")); });
    connect(m_svg, &QAction::triggered, this, [this] { choose(QStringLiteral("svg")); });
}

QImage ChartExport::renderImage(QWidget *chart, qreal scale)
{
    const QSize size = chartSize(chart);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    // No smoothing of pixmaps: the heatmap's cells stay sharp-edged at 2x.
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paintChart(chart, &painter);
    painter.end();
    return image;
}

bool ChartExport::writePng(QWidget *chart, const QString &path, QString *error)
{
    const QImage image = renderImage(chart, kPngScale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = file.error() == QFileDevice::NoError ? tr("the image could not be encoded")
                                                          : file.errorString();
        return false;
    }
    return true;
}

bool ChartExport::writeSvg(QWidget *chart,
                           const QString &title,
                           const QString &path,
                           QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QSize size = chartSize(chart);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    // Fonts in points become pixels at the screen's resolution, as laid out
    // (the generator's own default is 72 dpi: text would shrink to 3/4).
    svg.setResolution(chart->logicalDpiY());
    svg.setTitle(title);
    svg.setDescription(
        tr("A chart from SCB Dashboard, saved %1")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("the SVG could not be started");
        file.cancelWriting();
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paintChart(chart, &painter);
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ChartExport::savePng(const QString &path)
{
    QString error;
    const bool ok = writePng(m_chart, path, &error);
    return report(ok, path, error);
}

bool ChartExport::saveSvg(const QString &path)
{
    QString error;
    const bool ok = writeSvg(m_chart, chartTitle(m_chart), path, &error);
    return report(ok, path, error);
}

QString ChartExport::suggestedFileName(const QString &suffix) const
{
    QString stem = m_fileStem;
    if (stem.isEmpty()) {
        // The chart's title, in the language shown, as a file name.
        for (const QChar c : chartTitle(m_chart).trimmed().toLower()) {
            if (c.isLetterOrNumber())
                stem += c;
            else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-')))
                stem += QLatin1Char('-');
        }
        while (stem.endsWith(QLatin1Char('-')))
            stem.chop(1);
    }
    if (stem.isEmpty())
        stem = QStringLiteral("chart");
    return timestampedFileName(stem, suffix);
}

void ChartExport::choose(const QString &suffix)
{
    const QString filter =
        suffix == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(m_chart->window(), tr("Save chart"),
                                                      suggestedFileName(suffix), filter);
    if (path.isEmpty())
        return;
    const bool ok = suffix == QLatin1String("svg") ? saveSvg(path) : savePng(path);
    if (!ok)
        QMessageBox::warning(m_chart->window(), tr("Save chart"), m_lastMessage);
}

void ChartExport::copy()
{
    QApplication::clipboard()->setImage(renderImage(m_chart, kPngScale));
    emit message(tr("Copied the chart as a picture."));
}

bool ChartExport::report(bool ok, const QString &path, const QString &error)
{
    m_lastMessage =
        ok ? tr("Saved the chart to %1.").arg(path) : tr("Could not write %1: %2").arg(path, error);
    emit message(m_lastMessage);
    return ok;
}

} // namespace scb

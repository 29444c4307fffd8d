#pragma once

#include <QWidget>

// A key figure for the Overview page: title, big value, a sub line, an optional progress
// bar (value / target) and trend text, with a status accent. Painted by hand so type
// scales with the tile's height: readable across a meeting room at 1920x1080, still
// complete at 1366x768. Colours follow the palette (light or dark); status is also
// spelled out in a badge so it never rests on colour alone.
class KpiTile : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY titleChanged)
    Q_PROPERTY(QString valueText READ valueText WRITE setValueText NOTIFY valueTextChanged)
    Q_PROPERTY(QString subText READ subText WRITE setSubText NOTIFY subTextChanged)
    Q_PROPERTY(QString trendText READ trendText WRITE setTrendText NOTIFY trendTextChanged)
    Q_PROPERTY(qreal progress READ progress WRITE setProgress NOTIFY progressChanged)
    Q_PROPERTY(bool progressVisible READ isProgressVisible WRITE setProgressVisible NOTIFY
                   progressVisibleChanged)
    Q_PROPERTY(Status status READ status WRITE setStatus NOTIFY statusChanged)

public:
    enum class Status { Normal, Warning, Critical };
    Q_ENUM(Status)

    explicit KpiTile(QWidget *parent = nullptr);
    ~KpiTile() override;

    QString title() const { return m_title; }
    void setTitle(const QString &title);
    // Already formatted by the caller for its locale ("79,412", "7.9万").
    QString valueText() const { return m_valueText; }
    void setValueText(const QString &text);
    QString subText() const { return m_subText; }
    void setSubText(const QString &text);
    QString trendText() const { return m_trendText; }
    void setTrendText(const QString &text);
    // value / target, clamped to 0..1; NaN counts as 0.
    qreal progress() const { return m_progress; }
    void setProgress(qreal progress);
    bool isProgressVisible() const { return m_progressVisible; }
    void setProgressVisible(bool visible);
    Status status() const { return m_status; }
    void setStatus(Status status);

    // The colour of a status on a light or dark background (also used by the badge).
    static QColor statusColor(Status status, bool darkBackground);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void titleChanged(const QString &title);
    void valueTextChanged(const QString &text);
    void subTextChanged(const QString &text);
    void trendTextChanged(const QString &text);
    void progressChanged(qreal progress);
    void progressVisibleChanged(bool visible);
    void statusChanged(KpiTile::Status status);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();
    QString statusText() const;

    QString m_title;
    QString m_valueText;
    QString m_subText;
    QString m_trendText;
    qreal m_progress = 0;
    bool m_progressVisible = false;
    Status m_status = Status::Normal;
};

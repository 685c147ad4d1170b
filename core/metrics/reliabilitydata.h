#pragma once

#include <QList>

#include <optional>
#include <vector>

namespace verdict {

// Reliability data in Krippendorff's sense: units, each with the values the
// raters who judged it gave, kept sparse so a missing value costs nothing.
// Values are numbers; nominal data use any code per category.
class ReliabilityData final
{
public:
    // Adds a value to the unit being built; a rater gives at most one value per unit.
    void add(int rater, double value);
    // Closes the unit being built (an empty unit is kept and ignored by every metric).
    void endUnit();

    qsizetype unitCount() const { return qsizetype(m_start.size()) - 1; }
    qsizetype valueCount() const { return qsizetype(m_value.size()); }
    // One more than the highest rater index added.
    int raterCount() const { return m_raters; }

    // The values of unit `u` are [begin(u), end(u)) in raters() and values().
    qsizetype begin(qsizetype unit) const { return m_start[std::size_t(unit)]; }
    qsizetype end(qsizetype unit) const { return m_start[std::size_t(unit) + 1]; }
    int rater(qsizetype index) const { return m_rater[std::size_t(index)]; }
    double value(qsizetype index) const { return m_value[std::size_t(index)]; }

    void reserve(qsizetype units, qsizetype values);

    // From the layout of Krippendorff (2011): one row per rater, one column
    // per unit, nullopt where a rater gave no value.
    static ReliabilityData fromMatrix(const QList<QList<std::optional<double>>> &ratersByUnits);

private:
    std::vector<qsizetype> m_start{0};
    std::vector<int> m_rater;
    std::vector<double> m_value;
    int m_raters = 0;
};

} // namespace verdict

#include "metrics/reliabilitydata.h"

#include <algorithm>

namespace verdict {

void ReliabilityData::add(int rater, double value)
{
    m_rater.push_back(rater);
    m_value.push_back(value);
    m_raters = std::max(m_raters, rater + 1);
}

void ReliabilityData::endUnit()
{
    m_start.push_back(qsizetype(m_value.size()));
}

void ReliabilityData::reserve(qsizetype units, qsizetype values)
{
    m_start.reserve(std::size_t(units) + 1);
    m_rater.reserve(std::size_t(values));
    m_value.reserve(std::size_t(values));
}

ReliabilityData ReliabilityData::fromMatrix(const QList<QList<std::optional<double>>> &ratersByUnits)
{
    ReliabilityData data;
    qsizetype units = 0;
    for (const auto &row : ratersByUnits)
        units = std::max(units, row.size());
    for (qsizetype u = 0; u < units; ++u) {
        for (qsizetype r = 0; r < ratersByUnits.size(); ++r) {
            const auto &row = ratersByUnits[r];
            if (u < row.size() && row[u])
                data.add(int(r), *row[u]);
        }
        data.endUnit();
    }
    data.m_raters = std::max(data.m_raters, int(ratersByUnits.size()));
    return data;
}

} // namespace verdict

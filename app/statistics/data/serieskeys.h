#pragma once

// The statistics series keys, as the server and the data files spell them
// (Observation::series; backend/stats/statistics.h says what each holds and
// its period and category forms). Named once here for the pages, the labels,
// the summary screen and the reports.
namespace scb::serieskeys {

// Cloud adoption (GetCloudAdoption).
inline constexpr char kEnterprisesOnCloud[] = "enterprises_on_cloud";
inline constexpr char kNewAdopters[] = "new_adopters";
inline constexpr char kAdoptionByIndustry[] = "adoption_by_industry";
inline constexpr char kAdoptionByRegion[] = "adoption_by_region";
inline constexpr char kAboveSizeRate[] = "above_size_rate";
inline constexpr char kProvinceFigure[] = "province_figure";
inline constexpr char kAdoptionTarget[] = "adoption_target";

// Industry output (GetIndustryOutput).
inline constexpr char kOutputValue[] = "output_value";
inline constexpr char kSoftwareRevenue[] = "software_revenue";
inline constexpr char kSoftwareRevenueTarget[] = "software_revenue_target";
inline constexpr char kGrowingEnterprises[] = "growing_enterprises";
inline constexpr char kGrowingEnterprisesTarget[] = "growing_enterprises_target";
inline constexpr char kModelScenarios[] = "model_scenarios";
inline constexpr char kModelScenariosTarget[] = "model_scenarios_target";

} // namespace scb::serieskeys

#pragma once

#include "sources/source.h"

#include <cstdint>
#include <memory>

namespace scb {

struct SimulatorConfig
{
    uint32_t chips = 80'000;
    uint32_t centers = 4;
    uint64_t seed = 1;
};

// A believable fleet, deterministic for a seed: every value is a pure
// function of (seed, chip, unixMs), so any tick can be recomputed, in any
// order, by anyone holding the seed (tests do exactly that).
class FleetSimulator final : public Source
{
public:
    explicit FleetSimulator(const SimulatorConfig &config);
    ~FleetSimulator() override;

    // Empty if the configuration is usable, else why not.
    static std::string validate(const SimulatorConfig &config);

    std::shared_ptr<const Inventory> inventory() override;
    void sample(int64_t unixMs, FleetTick &out) override;
    std::string describe() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace scb

#include "store/inventorycodec.h"

#include <cstring>
#include <limits>

namespace scb {

namespace {

constexpr char kMagic[4] = {'S', 'C', 'B', 'I'};
constexpr uint16_t kFormatVersion = 1;

// Smallest encoded size of each record: what a count is checked against
// before anything is reserved.
constexpr size_t kMinStringBytes = 4;
constexpr size_t kMinCenterBytes = 2 * kMinStringBytes;
constexpr size_t kMinModelBytes = 2 * kMinStringBytes + 2 * 4;
constexpr size_t kMinNodeBytes = kMinStringBytes + 5 * 4;
constexpr size_t kUuidBytes = sizeof(Uuid);

class Writer
{
public:
    void u16(uint16_t v) { put(v, 2); }
    void u32(uint32_t v) { put(v, 4); }
    void u64(uint64_t v) { put(v, 8); }
    void str(const std::string &s)
    {
        u32(static_cast<uint32_t>(s.size()));
        m_out.append(s);
    }
    void raw(const void *data, size_t size) { m_out.append(static_cast<const char *>(data), size); }
    std::string take() { return std::move(m_out); }
    void reserve(size_t n) { m_out.reserve(n); }

private:
    void put(uint64_t v, int bytes)
    {
        for (int i = 0; i < bytes; ++i)
            m_out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    }
    std::string m_out;
};

// Reads from untrusted bytes; the first failure sticks and names what was read.
class Reader
{
public:
    explicit Reader(std::string_view bytes)
        : m_bytes(bytes)
    {
    }
    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }
    size_t left() const { return m_bytes.size() - m_pos; }

    uint64_t get(int bytes, const char *what)
    {
        if (!take(static_cast<size_t>(bytes), what))
            return 0;
        uint64_t v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= uint64_t(static_cast<uint8_t>(m_bytes[m_pos - bytes + i])) << (8 * i);
        return v;
    }
    uint16_t u16(const char *what) { return static_cast<uint16_t>(get(2, what)); }
    uint32_t u32(const char *what) { return static_cast<uint32_t>(get(4, what)); }
    uint64_t u64(const char *what) { return get(8, what); }
    std::string str(const char *what)
    {
        const uint32_t size = u32(what);
        if (!take(size, what))
            return {};
        return std::string(m_bytes.substr(m_pos - size, size));
    }
    void raw(void *out, size_t size, const char *what)
    {
        if (take(size, what))
            std::memcpy(out, m_bytes.data() + m_pos - size, size);
    }
    // A count of records of at least minBytes each: refused when the rest of
    // the input could not hold them, so a forged count cannot make us allocate.
    uint32_t count(size_t minBytes, uint32_t limit, const char *what)
    {
        const uint32_t n = u32(what);
        if (!ok())
            return 0;
        if (n > limit) {
            fail(std::string(what) + " " + std::to_string(n) + " exceeds the limit " +
                 std::to_string(limit));
            return 0;
        }
        if (minBytes && n > left() / minBytes) {
            fail(std::string(what) + " " + std::to_string(n) + " does not fit in the " +
                 std::to_string(left()) + " bytes left");
            return 0;
        }
        return n;
    }
    void fail(std::string message)
    {
        if (m_error.empty())
            m_error = std::move(message);
    }

private:
    bool take(size_t size, const char *what)
    {
        if (!ok())
            return false;
        if (size > left()) {
            fail(std::string("truncated at ") + what + " (offset " + std::to_string(m_pos) + ")");
            return false;
        }
        m_pos += size;
        return true;
    }
    std::string_view m_bytes;
    size_t m_pos = 0;
    std::string m_error;
};

} // namespace

std::string encodeInventory(const Inventory &inventory)
{
    Writer w;
    w.reserve(64 + inventory.chipUuids.size() * kUuidBytes + inventory.nodes.size() * 40);
    w.raw(kMagic, sizeof(kMagic));
    w.u16(kFormatVersion);
    w.u64(inventory.version);
    w.str(inventory.source);
    w.u32(static_cast<uint32_t>(inventory.centers.size()));
    for (const Center &c : inventory.centers) {
        w.str(c.name);
        w.str(c.location);
    }
    w.u32(static_cast<uint32_t>(inventory.models.size()));
    for (const ChipModel &m : inventory.models) {
        w.str(m.name);
        w.str(m.vendor);
        w.u32(m.memoryMiB);
        w.u32(m.tdpWatts);
    }
    w.u32(static_cast<uint32_t>(inventory.nodes.size()));
    for (const Node &n : inventory.nodes) {
        w.str(n.name);
        w.u32(n.center);
        w.u32(n.rack);
        w.u32(n.firstChip);
        w.u32(n.chipCount);
        w.u32(n.model);
    }
    w.u32(static_cast<uint32_t>(inventory.chipUuids.size()));
    if (!inventory.chipUuids.empty())
        w.raw(inventory.chipUuids.data(), inventory.chipUuids.size() * kUuidBytes);
    return w.take();
}

Status decodeInventory(std::string_view bytes, Inventory &out)
{
    out = Inventory{};
    if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
        return Status::error("stored inventory: not an inventory record (bad magic)");
    Reader r(bytes.substr(sizeof(kMagic)));
    const uint16_t format = r.u16("format version");
    if (r.ok() && format != kFormatVersion)
        return Status::error("stored inventory: unknown format version " + std::to_string(format));

    out.version = r.u64("version");
    out.source = r.str("source");

    const uint32_t centers = r.count(kMinCenterBytes, kMaxCenters, "center count");
    out.centers.resize(centers);
    for (Center &c : out.centers) {
        c.name = r.str("center name");
        c.location = r.str("center location");
    }
    const uint32_t models =
        r.count(kMinModelBytes, std::numeric_limits<uint32_t>::max(), "model count");
    out.models.resize(models);
    for (ChipModel &m : out.models) {
        m.name = r.str("model name");
        m.vendor = r.str("model vendor");
        m.memoryMiB = r.u32("model memory");
        m.tdpWatts = r.u32("model TDP");
    }
    const uint32_t nodes = r.count(kMinNodeBytes, kMaxChips, "node count");
    out.nodes.resize(nodes);
    for (Node &n : out.nodes) {
        n.name = r.str("node name");
        n.center = r.u32("node center");
        n.rack = r.u32("node rack");
        n.firstChip = r.u32("node first chip");
        n.chipCount = r.u32("node chip count");
        n.model = r.u32("node model");
    }
    const uint32_t chips = r.count(kUuidBytes, kMaxChips, "chip count");
    out.chipUuids.resize(chips);
    if (chips)
        r.raw(out.chipUuids.data(), chips * kUuidBytes, "chip UUIDs");
    if (r.ok() && r.left() != 0)
        r.fail(std::to_string(r.left()) + " bytes after the end");
    if (!r.ok())
        return Status::error("stored inventory: " + r.error());

    const std::string problem = validateInventory(out);
    if (!problem.empty())
        return Status::error("stored inventory: " + problem);
    return {};
}

} // namespace scb

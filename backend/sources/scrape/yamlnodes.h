#pragma once

// What the targets and mapping file readers say about a YAML node. Private to
// them: only they link yaml-cpp.

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>

namespace scb::yamlnodes {

// 1-based. yaml-cpp gives an empty value ("labels:" and nothing after it) no
// position of its own: `fallback`, the key's line, stands in.
inline size_t lineOf(const YAML::Node &node, size_t fallback)
{
    const int line = node.IsDefined() ? node.Mark().line : -1;
    return line >= 0 ? size_t(line) + 1 : fallback;
}

// "'text'", "a list", "a map" or "nothing", for "expected …, got …".
inline std::string describe(const YAML::Node &node)
{
    if (node.IsScalar())
        return "'" + node.Scalar() + "'";
    if (node.IsSequence())
        return "a list";
    if (node.IsMap())
        return "a map";
    return "nothing";
}

} // namespace scb::yamlnodes

// Generator references: parsing, canonical form, naming and building.
#include <algorithm>

#include "core/error.hpp"
#include "datasets/lib/catalogue.hpp"
#include "datasets/lib/encoding.hpp"
#include "datasets/lib/generator_lists.hpp"
#include "datasets/lib/generators.hpp"

namespace imbench {
namespace {

const ParamSchema& make_imbalance_schema() {
  static const ParamSchema schema = [] {
    ParamSchema s;
    s.text("data", "", "the data set to reduce: a bundled name, an .h5 path or a generator spec in braces")
        .text("counts", "none", "rows to keep per class label: {0:500,1:20} or 0:500;1:20")
        .text("minority_ratio", "none", "every class keeps at most this fraction of the majority's rows, in (0, 1]")
        .integer("seed", 0, 0, std::nullopt, "random seed (part of the stream key)");
    return s;
  }();
  return schema;
}

const ParamSchema& schema_of(const std::string& name) {
  if (name == "make_classification") return make_classification_schema();
  if (name == "make_imbalance") return make_imbalance_schema();
  throw Error(unknown_name_message("generator", name, generator_names()));
}

std::string strip_braces(const std::string& text) {
  return text.size() >= 2 && text.front() == '{' && text.back() == '}' ? text.substr(1, text.size() - 2) : text;
}

// The spec without the parameters that are at their defaults: a short, stable data set name.
std::string short_name(const Spec& canonical) {
  Spec shortened{canonical.name, {}};
  for (const auto& def : schema_of(canonical.name).defs()) {
    const std::string& value = canonical.params.at(def.name);
    if (value != def.default_value) shortened.params[def.name] = value;
  }
  return shortened.text();
}

}  // namespace

const std::vector<std::string>& generator_names() {
  static const std::vector<std::string> names = {"make_classification", "make_imbalance"};
  return names;
}

bool is_generator_reference(const std::string& reference) {
  std::string name = reference.substr(0, reference.find(':'));
  name.erase(0, name.find_first_not_of(" \t"));
  name.erase(name.find_last_not_of(" \t") + 1);
  return std::find(generator_names().begin(), generator_names().end(), name) != generator_names().end();
}

Spec canonical_generator_spec(const std::string& reference) {
  Spec spec = parse_spec(reference);
  const std::string owner = spec.name;
  Params params = resolve_params(schema_of(spec.name), spec.params, owner);
  std::map<std::string, std::string> values = params.values();
  if (spec.name == "make_classification") {
    values["weights"] = canonical_weights(values["weights"], owner);
  } else {
    std::string data = strip_braces(values["data"]);
    if (data.empty()) throw Error(owner + ": parameter 'data' is required (a bundled name, .h5 path or generator spec)");
    values["data"] = is_generator_reference(data) ? "{" + canonical_generator_spec(data).text() + "}" : data;
    if ((values["counts"] == "none") == (values["minority_ratio"] == "none"))
      throw Error(owner + ": give exactly one of 'counts' and 'minority_ratio'");
    if (values["counts"] != "none") values["counts"] = canonical_counts(values["counts"], owner);
    if (values["minority_ratio"] != "none") {
      auto ratio = parse_finite(values["minority_ratio"]);
      if (!ratio || *ratio <= 0 || *ratio > 1)
        throw Error("parameter 'minority_ratio' of '" + owner + "': value '" + values["minority_ratio"] +
                    "' is not a number in (0, 1]");
      values["minority_ratio"] = number_text(*ratio);
    }
  }
  return Spec{spec.name, values};
}

Dataset generate_dataset(const std::string& reference) {
  const Spec canonical = canonical_generator_spec(reference);
  const std::string text = canonical.text();
  Params params(canonical.params);
  Dataset d;
  if (canonical.name == "make_classification") {
    d = make_classification(params, RandomStream::keyed("dataset-generator", text));
    d.task = params.real("n_classes") == 2 ? Task::Binary : Task::Multiclass;
  } else {
    Dataset source = load_dataset(strip_braces(params.text("data")));
    ImbalanceTarget target;
    if (params.text("counts") != "none") target.counts = class_count_targets(params.text("counts"), canonical.name);
    if (params.text("minority_ratio") != "none") target.minority_ratio = parse_finite(params.text("minority_ratio"));
    // The source's content is part of the key: the same spec over changed data draws afresh.
    d = make_imbalance(source, target, RandomStream::keyed("dataset-generator", text, source.content_hash()));
  }
  d.name = short_name(canonical);
  d.path.clear();
  d.attributes["generator"] = text;
  // make_imbalance keeps its source's task; a fresh make_classification set gets the minority as positive.
  if (canonical.name == "make_classification") assign_task(d, "", "generator '" + text + "'");
  d.validate();
  return d;
}

}  // namespace imbench

// Cross-entropy and focal loss of one row, with first and second derivatives
// with respect to the raw scores (formulas: ../shared/REFERENCE.md section 2;
// Lin et al., ICCV 2017). Every loss plugin is one of these two forms, with
// per-class weights on top (class_weighted_terms).
#pragma once

#include <vector>

#include "core/loss.hpp"

namespace imbench::loss {

// gamma = 0 is cross-entropy; gamma > 0 the focal modulation (1 - p_t)^gamma.
// alpha applies to the binary form only: alpha for class 1, 1 - alpha for
// class 0; a negative alpha leaves both unweighted.
struct FocalForm {
  double gamma = 0.0;
  double alpha = -1.0;
};

// Terms for every row; class_weight (empty = all ones) multiplies a row's
// value, gradient and Hessian by the weight of its target class. Hessians are
// floored at kHessianFloor.
LossTerms evaluate_rows(const Matrix& scores, const Labels& target, const FocalForm& form,
                        const std::vector<double>& class_weight);

// The unfloored binary Hessian, for tests of the clamping.
double binary_focal_hessian(double score, int target, const FocalForm& form);

}  // namespace imbench::loss

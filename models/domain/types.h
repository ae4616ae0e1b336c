// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Planner {

// Primary keys are SQLite rowids; 0 means "not stored yet" or "none".
using Id = qint64;

} // namespace Planner

#pragma once
// Registers the compiled-in letter templates, logos and reference data (lars_resources).

namespace lars::reports {
void ensureResources();
} // namespace lars::reports

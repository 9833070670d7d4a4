#pragma once
// The parts of a pupil's dossier as GET /pupils/{id}/dossier hands them out in one answer: each under its
// name, with the ETag and body its own GET (the path under /pupils/{id}) answers. One list for lars-server
// (which runs each part's own GET), the client (DossierModel takes them apart) and the test backend, so
// that the three cannot drift apart.
namespace lars::models {

struct DossierPart
{
    const char *name;
    const char *path;
};

namespace dossierParts {
inline constexpr DossierPart pupil{"pupil", ""};
inline constexpr DossierPart medical{"medical", "/medical"};
inline constexpr DossierPart parentHeights{"parentHeights", "/parent-heights"};
// The first page only; its size is the dossier's `journalLimit`, further pages come from /journal.
inline constexpr DossierPart journal{"journal", "/journal"};
inline constexpr DossierPart attests{"attests", "/attests"};
inline constexpr DossierPart referrals{"referrals", "/referrals"};
inline constexpr DossierPart creonRegistrations{"creonRegistrations", "/creon-registrations"};

// In the order the client shows them.
inline constexpr DossierPart all[] = {pupil,   medical,   parentHeights,     journal,
                                      attests, referrals, creonRegistrations};
} // namespace dossierParts

} // namespace lars::models

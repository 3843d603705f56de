#pragma once

namespace sextant::git {

// Keeps libgit2 initialised for as long as it lives. libgit2 counts init and
// shutdown calls, so main() and each test main may own one; every other
// libgit2 call in the process must happen while at least one is alive.
class GitLibrary {
public:
    GitLibrary();
    ~GitLibrary();

    GitLibrary(const GitLibrary &) = delete;
    GitLibrary &operator=(const GitLibrary &) = delete;

private:
    bool m_initialised = false;
};

} // namespace sextant::git

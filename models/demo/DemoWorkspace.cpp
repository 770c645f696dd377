#include "DemoWorkspace.h"

namespace attest {

Result<void> DemoWorkspace::populate(Connection&, const Options&, const Progress&)
{
    return {};
}

int DemoWorkspace::curatedCount()
{
    return 0;
}

} // namespace attest

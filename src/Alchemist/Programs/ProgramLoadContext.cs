using System.Reflection;
using System.Runtime.Loader;

namespace Alchemist.Programs;

/// <summary>A collectible load context per program, so replaced or rejected programs do not leak memory.</summary>
internal sealed class ProgramLoadContext(string name) : AssemblyLoadContext($"alchemist-program:{name}", isCollectible: true)
{
    /// <summary>Programs may only see the framework's assemblies, which the default context resolves.</summary>
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}

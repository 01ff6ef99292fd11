using System.Runtime.InteropServices;

namespace Alchemist.Labeling.Isolation.Jail;

/// <summary>
/// A Landlock domain the worker enters before any program is loaded: it may read the runtime, its own assemblies,
/// the system libraries and its input files, write only its own output folder, and (kernel ABI 4 and later) neither
/// bind nor connect TCP sockets; with ABI 6 it cannot signal processes outside the domain either.
/// </summary>
internal static class Landlock
{
    private const long CreateRuleset = 444, AddRule = 445, RestrictSelf = 446;
    private const int RulePathBeneath = 1, OPath = 0x200000, OCloexec = 0x80000;
    private const ulong Execute = 1, WriteFile = 1 << 1, ReadFile = 1 << 2, ReadDir = 1 << 3;

    /// <summary>Confines this process; returns the reason when the kernel cannot.</summary>
    /// <param name="readable">Folders and files the worker may read (and execute from).</param>
    /// <param name="writable">Folders the worker may also write, create and delete in.</param>
    public static string? Restrict(IEnumerable<string> readable, IEnumerable<string> writable)
    {
        if (!LinuxNative.Supported) return "Landlock needs Linux";
        var abi = (int)LinuxNative.syscall(CreateRuleset, 0, 0, 1, 0); // LANDLOCK_CREATE_RULESET_VERSION
        if (abi < 1) return $"Landlock is not available in this kernel (errno {Marshal.GetLastPInvokeError()})";
        var handledFs = (1UL << 13) - 1;
        if (abi >= 2) handledFs |= 1UL << 13; // refer
        if (abi >= 3) handledFs |= 1UL << 14; // truncate
        if (abi >= 5) handledFs |= 1UL << 15; // ioctl on devices
        var attributes = Marshal.AllocHGlobal(24);
        var rule = Marshal.AllocHGlobal(12);
        try
        {
            Marshal.WriteInt64(attributes, 0, (long)handledFs);
            Marshal.WriteInt64(attributes, 8, abi >= 4 ? 0b11 : 0); // bind and connect TCP: handled, never granted
            Marshal.WriteInt64(attributes, 16, abi >= 6 ? 0b11 : 0); // scoped: abstract unix sockets and signals
            var size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8;
            var ruleset = (int)LinuxNative.syscall(CreateRuleset, attributes, size, 0, 0);
            if (ruleset < 0) return $"Landlock ruleset failed (errno {Marshal.GetLastPInvokeError()})";
            try
            {
                foreach (var path in readable) Allow(ruleset, rule, path, Execute | ReadFile | ReadDir);
                foreach (var path in writable) Allow(ruleset, rule, path, handledFs);
                if (LinuxNative.prctl(LinuxNative.PrSetNoNewPrivs, 1, 0, 0, 0) != 0) return "no_new_privs failed";
                return LinuxNative.syscall(RestrictSelf, ruleset, 0, 0, 0) == 0 ? null : $"Landlock restrict failed (errno {Marshal.GetLastPInvokeError()})";
            }
            finally
            {
                _ = LinuxNative.close(ruleset); // closing a descriptor we opened cannot fail in a way we could act on
            }
        }
        finally
        {
            Marshal.FreeHGlobal(rule);
            Marshal.FreeHGlobal(attributes);
        }
    }

    private static void Allow(int ruleset, IntPtr rule, string path, ulong access)
    {
        var fd = LinuxNative.open(path, OPath | OCloexec);
        if (fd < 0) return; // a path that does not exist grants nothing
        try
        {
            // A file (not a folder) may only be given the rights that apply to files.
            if (File.Exists(path)) access &= Execute | WriteFile | ReadFile | (1UL << 14) | (1UL << 15);
            Marshal.WriteInt64(rule, 0, (long)access);
            Marshal.WriteInt32(rule, 8, fd);
            LinuxNative.syscall(AddRule, ruleset, RulePathBeneath, rule, 0);
        }
        finally
        {
            _ = LinuxNative.close(fd);
        }
    }
}

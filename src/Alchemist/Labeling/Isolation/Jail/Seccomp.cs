using System.Runtime.InteropServices;

namespace Alchemist.Labeling.Isolation.Jail;

/// <summary>
/// A seccomp filter the worker installs on all its threads before any program is loaded: no new processes (execve,
/// execveat, fork, vfork, clone without CLONE_THREAD; clone3, whose flags a filter cannot read, answers ENOSYS so
/// the C library falls back to clone for threads), no sockets, no ptrace or cross-process memory access. Everything
/// else is allowed: the runtime needs threads, memory and files (which Landlock confines).
/// </summary>
internal static class Seccomp
{
    private const uint RetAllow = 0x7fff0000, RetKillProcess = 0x80000000, RetErrno = 0x00050000;
    private const ushort LoadWord = 0x20, JumpEqual = 0x15, JumpSet = 0x45, Return = 0x06;
    private const uint CloneThread = 0x00010000;
    private const int Eacces = 13, Enosys = 38;

    private sealed record Table(uint Arch, int Seccomp, int CloneCall, int Clone3, int[] Denied);

    private static readonly Table X64 = new(0xC000003E, 317, 56, 435, [59, 322, 57, 58, 41, 101, 310, 311]);
    private static readonly Table Arm64 = new(0xC00000B7, 277, 220, 435, [221, 281, 198, 117, 270, 271]);

    /// <summary>Installs the filter on every thread of this process; returns the reason when it could not.</summary>
    public static string? Install()
    {
        if (!LinuxNative.Supported) return "seccomp needs Linux on x64 or arm64";
        var table = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? X64 : Arm64;
        var program = Build(table);
        var filter = Marshal.AllocHGlobal(program.Length * 8);
        var header = Marshal.AllocHGlobal(16);
        try
        {
            for (var i = 0; i < program.Length; i++)
            {
                var (code, jt, jf, k) = program[i];
                Marshal.WriteInt16(filter, i * 8, (short)code);
                Marshal.WriteByte(filter, i * 8 + 2, jt);
                Marshal.WriteByte(filter, i * 8 + 3, jf);
                Marshal.WriteInt32(filter, i * 8 + 4, unchecked((int)k));
            }
            Marshal.WriteInt64(header, 0, program.Length);
            Marshal.WriteIntPtr(header, 8, filter);
            if (LinuxNative.prctl(LinuxNative.PrSetNoNewPrivs, 1, 0, 0, 0) != 0) return $"no_new_privs failed (errno {Marshal.GetLastPInvokeError()})";
            // SECCOMP_SET_MODE_FILTER with SECCOMP_FILTER_FLAG_TSYNC: the runtime's threads are filtered too.
            return LinuxNative.syscall(table.Seccomp, 1, 1, header, 0) == 0 ? null : $"seccomp failed (errno {Marshal.GetLastPInvokeError()})";
        }
        finally
        {
            Marshal.FreeHGlobal(header);
            Marshal.FreeHGlobal(filter);
        }
    }

    private static (ushort Code, byte Jt, byte Jf, uint K)[] Build(Table table)
    {
        var program = new List<(ushort, byte, byte, uint)>
        {
            (LoadWord, 0, 0, 4),               // seccomp_data.arch
            (JumpEqual, 1, 0, table.Arch),
            (Return, 0, 0, RetKillProcess),
            (LoadWord, 0, 0, 0),               // seccomp_data.nr
            (JumpEqual, 0, 1, (uint)table.Clone3),
            (Return, 0, 0, RetErrno | Enosys),
        };
        foreach (var denied in table.Denied)
        {
            program.Add((JumpEqual, 0, 1, (uint)denied));
            program.Add((Return, 0, 0, RetErrno | Eacces));
        }
        program.Add((JumpEqual, 0, 3, (uint)table.CloneCall));
        program.Add((LoadWord, 0, 0, 16)); // low word of args[0]: the clone flags
        program.Add((JumpSet, 1, 0, CloneThread));
        program.Add((Return, 0, 0, RetErrno | Eacces));
        program.Add((Return, 0, 0, RetAllow));
        return program.ToArray();
    }
}

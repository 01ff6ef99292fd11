using System.Runtime.InteropServices;

namespace Alchemist.Labeling.Isolation.Jail;

/// <summary>The few libc calls the worker's jail and CPU clock need (Linux, glibc).</summary>
internal static partial class LinuxNative
{
    private const string Libc = "libc.so.6";

    public const int PrSetNoNewPrivs = 38;
    public const int RlimitAs = 9;
    public const int RlimitNproc = 6;

    [StructLayout(LayoutKind.Sequential)]
    public struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Rlimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport(Libc, SetLastError = true)]
    public static extern int prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    [DllImport(Libc, SetLastError = true)]
    public static extern long syscall(long number, nint arg1, nint arg2, nint arg3, nint arg4);

    [DllImport(Libc, SetLastError = true)]
    public static extern int setrlimit(int resource, ref Rlimit limit);

    [DllImport(Libc)]
    public static extern nuint pthread_self();

    [DllImport(Libc)]
    public static extern int pthread_getcpuclockid(nuint thread, out int clockId);

    [DllImport(Libc, SetLastError = true)]
    public static extern int clock_gettime(int clockId, out Timespec time);

    [DllImport(Libc, SetLastError = true)]
    public static extern int open(string path, int flags);

    [DllImport(Libc)]
    public static extern int close(int fd);

    /// <summary>Ends the process at once: no finalizers, no flushing, nothing of the program runs again.</summary>
    [DllImport(Libc)]
    public static extern void _exit(int status);

    /// <summary>True on Linux on the two architectures whose syscall numbers the jail knows.</summary>
    public static bool Supported => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;
}

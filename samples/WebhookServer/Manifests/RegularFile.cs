using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace WebhookServer.Manifests;

/// <summary>
/// Opens a file for reading only when it is a regular file. A FIFO in the directory would block an ordinary open until
/// some writer appears (forever, one thread per attempt); on Linux the file is opened non-blocking, and anything that
/// cannot seek (FIFO, socket, terminal) is refused before a byte is read.
/// </summary>
internal static partial class RegularFile
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;      // O_NONBLOCK on x86, x64, Arm and Arm64 Linux
    private const int CloseOnExec = 0x80000;    // O_CLOEXEC on the same

    /// <summary>The file's bytes (at most <paramref name="maxBytes"/>), or null with <paramref name="refused"/> saying why.</summary>
    public static byte[]? ReadAll(string path, int maxBytes, out string? refused)
    {
        refused = null;
        using var stream = Open(path);
        if (!stream.CanSeek)
        {
            refused = "not a regular file (a FIFO, socket or device); skipped without reading";
            return null;
        }

        if (stream.Length > maxBytes)
        {
            refused = $"larger than {maxBytes / (1024 * 1024)} MiB";
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static FileStream Open(string path)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64 or Architecture.X86 or Architecture.Arm))
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        }

        var fd = OpenNative(path, ReadOnly | NonBlocking | CloseOnExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException($"{Path.GetFileName(path)} could not be opened: {Marshal.GetPInvokeErrorMessage(errno)}");
        }

        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, 1);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenNative(string path, int flags);
}

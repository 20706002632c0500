import ArgumentParser
import Foundation

/// The entry point: parses the command line and maps failures to the documented exit codes
/// (1 for content errors, 2 for usage errors).
public enum BanTinMain {
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        do {
            var command = try BanTinCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = BanTinCommand.exitCode(for: error)
            if code == .success {
                print(BanTinCommand.fullMessage(for: error))
                exit(0)
            }
            Console.error(BanTinCommand.fullMessage(for: error))
            exit(2)
        }
    }
}

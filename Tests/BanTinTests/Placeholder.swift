@testable import BanTin

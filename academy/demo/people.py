"""Names for demo trainees, by country.

Each entry gives given names and family names common in that country, and,
where people there often write their name in another script, how a trainee
might want it printed on a certificate.
"""

# country code: (given names, family names)
NAMES = {
    "SN": (["Aminata", "Moussa", "Fatou", "Ibrahima"], ["Diop", "Ndiaye", "Fall", "Sow"]),
    "BD": (["Nusrat", "Rahim", "Farhana", "Tanvir"], ["Ahmed", "Hossain", "Chowdhury", "Akter"]),
    "BO": (["Lucía", "Mateo", "Valeria", "Diego"], ["Mamani", "Quispe", "Flores", "Rojas"]),
    "KE": (
        ["Wanjiru", "Otieno", "Achieng", "Kipchoge"],
        ["Kamau", "Odhiambo", "Mwangi", "Cheruiyot"],
    ),
    "NG": (["Chinedu", "Aisha", "Tunde", "Ngozi"], ["Okafor", "Bello", "Adeyemi", "Eze"]),
    "GH": (["Kwame", "Akosua", "Yaw", "Efua"], ["Mensah", "Owusu", "Boateng", "Asante"]),
    "ET": (["Hana", "Dawit", "Selam", "Yonas"], ["Tesfaye", "Bekele", "Girma", "Haile"]),
    "RW": (["Aline", "Jean", "Claudine", "Eric"], ["Uwimana", "Habimana", "Mukamana", "Niyonzima"]),
    "EG": (["Mona", "Karim", "Salma", "Omar"], ["Hassan", "Mostafa", "Fathy", "Nabil"]),
    "MA": (["Yasmine", "Youssef", "Imane", "Hamza"], ["El Amrani", "Benali", "Tazi", "Alaoui"]),
    "TN": (["Ines", "Mehdi", "Rania", "Amine"], ["Trabelsi", "Ben Salah", "Jaziri", "Gharbi"]),
    "JO": (["Lina", "Zaid", "Rawan", "Tariq"], ["Haddad", "Khoury", "Nasser", "Saleh"]),
    "PK": (["Ayesha", "Bilal", "Sana", "Usman"], ["Khan", "Malik", "Qureshi", "Siddiqui"]),
    "IN": (["Priya", "Arjun", "Kavya", "Rohan"], ["Sharma", "Iyer", "Reddy", "Patel"]),
    "NP": (["Sita", "Bikash", "Anjali", "Suman"], ["Shrestha", "Gurung", "Thapa", "Rai"]),
    "LK": (["Dilani", "Kasun", "Nimali", "Ruwan"], ["Perera", "Fernando", "Silva", "Jayasinghe"]),
    "ID": (["Siti", "Budi", "Dewi", "Agus"], ["Santoso", "Wijaya", "Putri", "Hidayat"]),
    "VN": (["Lan", "Minh", "Hoa", "Tuan"], ["Nguyễn", "Trần", "Lê", "Phạm"]),
    "PH": (["Maria", "Jose", "Andrea", "Paolo"], ["Santos", "Reyes", "Cruz", "Bautista"]),
    "KH": (["Sophea", "Dara", "Chenda", "Vannak"], ["Sok", "Chan", "Kim", "Heng"]),
    "CN": (["Wei", "Fang", "Jing", "Lei"], ["Wang", "Li", "Zhang", "Liu"]),
    "MN": (["Oyuna", "Bat", "Saraa", "Tömör"], ["Bold", "Erdene", "Ganbaatar", "Batbayar"]),
    "KZ": (
        ["Aigerim", "Nursultan", "Dana", "Arman"],
        ["Nurlanova", "Abenov", "Seitkali", "Omarov"],
    ),
    "UZ": (["Dilnoza", "Jasur", "Malika", "Rustam"], ["Karimova", "Tursunov", "Yusupova", "Aliev"]),
    "BR": (["Ana", "João", "Beatriz", "Lucas"], ["Silva", "Oliveira", "Souza", "Pereira"]),
    "PE": (["Camila", "Luis", "Rosa", "Jorge"], ["Huamán", "Castillo", "Vargas", "Chávez"]),
    "CO": (["Daniela", "Andrés", "Paula", "Santiago"], ["Gómez", "Rodríguez", "Martínez", "López"]),
    "MX": (
        ["Fernanda", "Carlos", "Ximena", "Emiliano"],
        ["Hernández", "García", "Ramírez", "Torres"],
    ),
    "EC": (["Gabriela", "Pablo", "Sofía", "Cristian"], ["Guerrero", "Andrade", "Paredes", "Mora"]),
    "FJ": (
        ["Losana", "Josefa", "Mere", "Tevita"],
        ["Vakarewa", "Naivalu", "Tuilagi", "Raikadroka"],
    ),
    "ZA": (["Thandi", "Sipho", "Lerato", "Themba"], ["Nkosi", "Dlamini", "Mokoena", "Khumalo"]),
    "CI": (["Adjoua", "Koffi", "Mariam", "Yao"], ["Kouassi", "Traoré", "Koné", "Bamba"]),
    "TZ": (["Neema", "Baraka", "Rehema", "Juma"], ["Mollel", "Massawe", "Mushi", "Salim"]),
    "KG": (["Aizada", "Bakyt", "Cholpon", "Timur"], ["Asanova", "Djumabaev", "Sydykova", "Usenov"]),
}

# Certificate names in the script a trainee writes their name in, for a few
# demo trainees: (country, given, family) -> printed name.
NATIVE_SCRIPT = {
    ("EG", "Mona", "Hassan"): "منى حسن",
    ("EG", "Karim", "Mostafa"): "كريم مصطفى",
    ("JO", "Lina", "Haddad"): "لينا حداد",
    ("CN", "Wei", "Wang"): "王伟",
    ("CN", "Fang", "Li"): "李芳",
    ("CN", "Jing", "Zhang"): "张静",
    ("KZ", "Aigerim", "Nurlanova"): "Айгерим Нурланова",
    ("IN", "Priya", "Sharma"): "प्रिया शर्मा",
    ("NP", "Sita", "Shrestha"): "सीता श्रेष्ठ",
}

ORGANISATIONS = [
    "Ministry of ICT",
    "Ministry of Finance",
    "National Statistics Office",
    "Ministry of Health",
    "E-Government Agency",
    "Central Bank",
    "Data Protection Authority",
    "National Cybersecurity Centre",
    "Ministry of Education",
    "City Council",
    "Digital Rights Foundation",
    "Youth Innovation Network",
    "Civil Registry Office",
    "Revenue Authority",
]

JOB_TITLES = [
    "Policy Analyst",
    "Director of Digital Services",
    "IT Manager",
    "Programme Officer",
    "Data Scientist",
    "Legal Adviser",
    "Head of Information Security",
    "Project Coordinator",
    "Senior Economist",
    "Communications Officer",
]

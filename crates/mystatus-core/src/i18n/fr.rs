use super::{Messages, Template};

pub static FR: Messages = Messages {
    copilot_title: "## Quota du compte GitHub Copilot",
    account_label: "Compte :",
    plan_label: "Forfait :",
    ai_credits: "Crédits IA",
    credits: Template::new("{0} crédits"),
    billed_overage: Template::new("Dépassement facturé : {0}"),
    unlimited_used: Template::new("Illimité (consommation : {0})"),
    used_not_published: Template::new("Consommation : {0} (GitHub ne publie pas le quota de ce forfait)"),
    used_no_tier: Template::new(
        "Consommation : {0}. Ajoutez votre forfait dans \"tier\" de {1} pour voir ce qu'il reste (valeurs \
possibles : {2}).",
    ),
    used_pooled: Template::new("Consommation : {0} (le quota est mutualisé par {1})"),
    your_organization: "votre organisation",
    organization_title: Template::new("Organisation : {0}"),
    enterprise_title: Template::new("Entreprise : {0}"),
    entity_usage: Template::new("Vos crédits IA ce mois-ci : {0}"),
    entity_budget: Template::new("Budget de crédits IA : {0}"),
    entity_budget_stops: Template::new(
        "Budget de crédits IA : {0} (l'utilisation s'arrête une fois ce montant atteint)",
    ),
    entity_no_budget: "Aucun budget de crédits IA n'est défini.",
    entity_refused: Template::new(
        "Illisible avec ce jeton ({0}) : il faut le jeton d'un propriétaire ou d'un gestionnaire de facturation.",
    ),
    entity_no_answer: "GitHub n'a pas donné de réponse exploitable à ce sujet.",
    premium_requests: "Requêtes premium",
    chat: "Chat",
    completions: "Complétions",
    unlimited: "Illimité",
    no_quota_data: Template::new("{0} n'a indiqué aucun quota pour ce compte."),
    overage: Template::new("Dépassement : {0}"),
    model_breakdown: "Détail par modèle :",
    requests: Template::new("{0} requêtes"),
    period_label: "Période :",
    resets_label: "Réinitialisation :",
    resets_soon: "réinitialisation imminente",
    duration_days: Template::new("{0} j {1} h"),
    duration_hours: Template::new("{0} h {1} min"),
    duration_minutes: Template::new("{0} min"),

    window_minutes: Template::new("Limite sur {0} minutes"),
    window_hours: Template::new("Limite sur {0} heures"),
    window_days: Template::new("Limite sur {0} jours"),
    window_months: Template::new("Limite sur {0} mois"),
    remaining: Template::new("{0}% restant"),
    resets_in: Template::new("Réinitialisation dans : {0}"),
    resets_soon_line: "Réinitialisation imminente",
    limit_reached: "⚠️ Limite atteinte",

    no_accounts: "Aucun compte configuré trouvé.",
    supported_accounts: "Types de comptes pris en charge :",
    failed_accounts: "## ❌ Échec de la consultation des comptes",

    internal_error: Template::new(
        "mystatus a rencontré une erreur interne (un bogue) en lisant {0} ; les autres plateformes \
ne sont pas touchées. Merci de le signaler sur https://github.com/mystatus/mystatus/issues.",
    ),
    copilot_guidance: Template::new(
        "Pour afficher votre quota GitHub Copilot, mystatus a besoin d'un jeton d'accès personnel (PAT) \
à granularité fine : un jeton que vous créez sur GitHub et qui n'accorde que les autorisations que vous choisissez. \
mystatus doit seulement lire l'utilisation de votre forfait.\n\
\n\
1. Ouvrez https://github.com/settings/tokens?type=beta et cliquez sur \"Generate new token\".\n\
2. Sous \"Account permissions\", réglez \"Plan\" sur \"Read-only\" (lecture seule). Rien d'autre n'est nécessaire.\n\
3. Générez le jeton et copiez-le (il commence par github_pat_).\n\
4. Enregistrez-le dans {0} :\n\
\n\
{1}\n\
\n\
Seul \"token\" est obligatoire : mystatus trouve lui-même votre nom d'utilisateur, et \"tier\" définit votre \
quota mensuel ({2} ; votre forfait est indiqué sur https://github.com/settings/copilot).\n\
Relancez ensuite /mystatus.",
    ),

    pat_config_invalid: Template::new("Le fichier de jeton {0} n'est pas valide : {1}."),
    token_file_exposed: Template::new(
        "⚠️ D'autres utilisateurs de cette machine peuvent lire votre fichier de jeton (permissions {1}) : \
lancez `chmod 600 {0}`.",
    ),
    config_example_intro: "Il doit ressembler à ceci :",
    problem_unreadable: Template::new("il n'a pas pu être lu ({0})"),
    problem_too_large: Template::new(
        "il fait {0}, plus que les {1} qu'un fichier d'identifiants peut faire ; rien n'en a été lu",
    ),
    problem_not_utf8: "ce n'est pas du texte UTF-8 (a-t-il été enregistré dans un autre encodage ?)",
    problem_not_json: Template::new("ce n'est pas du JSON valide ({0})"),
    problem_not_object: "il doit contenir un objet JSON",
    problem_missing: Template::new("le champ \"{0}\" est absent"),
    problem_empty: Template::new("le champ \"{0}\" est vide"),
    problem_not_string: Template::new("le champ \"{0}\" doit être une chaîne entre guillemets"),
    problem_not_a_list: Template::new("le champ \"{0}\" doit être une liste"),
    problem_entry_not_an_object: Template::new("{0} doit être un objet JSON"),
    problem_unknown_tier: Template::new(
        "\"tier\" vaut \"{0}\", ce qui n'est pas un forfait Copilot ; valeurs possibles : {1}",
    ),
    problem_unknown_billing: Template::new(
        "\"billing\" vaut \"{0}\" ; utilisez \"credits\" ou \"premium-requests\", \
ou omettez-le pour qu'il soit détecté automatiquement",
    ),
    problem_bad_allowance: Template::new(
        "\"allowance\" vaut {0} ; ce doit être un nombre positif de crédits IA par mois",
    ),
    problem_bad_name: Template::new(
        "\"{0}\" vaut \"{1}\", ce qui n'est pas un nom de compte GitHub (lettres, chiffres et tirets)",
    ),
    problem_bad_host: Template::new(
        "\"host\" vaut \"{0}\" ; ce doit être votre domaine GitHub Enterprise Cloud, par ex. company.ghe.com",
    ),
    problem_bad_username: Template::new(
        "\"username\" vaut \"{0}\", ce qui n'est pas un nom d'utilisateur GitHub (lettres, chiffres et tirets ; \
copiez-le depuis l'URL de votre profil, https://github.com/<username>)",
    ),

    auth_file_invalid: Template::new("Les données de connexion d'OpenCode dans {0} n'ont pas pu être lues : {1}."),
    oauth_entry_unusable: Template::new(
        "La connexion \"github-copilot\" dans {0} n'a pas de jeton OAuth utilisable ({1}). \
Reconnectez-vous à GitHub Copilot dans OpenCode (opencode auth login) ou configurez un fichier de jeton :",
    ),
    oauth_cannot_read_quota: Template::new(
        "La connexion GitHub d'OpenCode ne permet pas de lire le quota Copilot (GitHub a répondu {0}) : \
son jeton OAuth n'a pas accès à l'API des quotas. Un jeton à granularité fine résout le problème :",
    ),

    bad_api_url: Template::new(
        "{0} vaut \"{1}\", ce qui n'est pas une URL http(s). Supprimez cette variable pour github.com, \
ou définissez-la sur l'API de votre GitHub Enterprise Server, par ex. https://github.example.com/api/v3.",
    ),
    bad_origin: Template::new(
        "{0} vaut \"{1}\", ce qui n'est pas une URL http(s). Supprimez-la, ou donnez-lui une origine http(s).",
    ),
    pat_unauthorized: Template::new(
        "GitHub a rejeté le jeton (401) : il est invalide, révoqué ou expiré. Créez un nouveau jeton à granularité \
fine sur https://github.com/settings/tokens?type=beta (Account permissions -> Plan -> Read-only) et \
placez-le dans le champ \"token\" de {0}.",
    ),
    pat_forbidden: "GitHub a refusé l'accès aux données de facturation (403) : le jeton n'a pas l'autorisation \"Plan\". \
Modifiez le jeton sur https://github.com/settings/tokens?type=beta, réglez Account permissions -> Plan -> \
Read-only, enregistrez, puis relancez /mystatus.",
    pat_user_not_found: Template::new(
        "GitHub n'a aucune donnée de facturation personnelle pour \"{0}\" (404). Si une organisation \
paie votre siège Copilot, son utilisation lui est facturée : connectez-vous à GitHub Copilot dans OpenCode pour la \
voir, ou ajoutez \"org\" dans {1} si vous l'administrez. Sinon, vérifiez \"username\" dans {1} : la casse \
compte ; copiez-le depuis l'URL de votre profil (https://github.com/<username>).",
    ),
    deadline: Template::new(
        "{0} n'a pas fini en {1} s : une requête est très lente ou bloquée. Réessayez plus tard ; \
{2} relève la limite.",
    ),
    rate_limited: Template::new(
        "{0} limite le débit des requêtes (429) vers {1}. Patientez quelques minutes, puis relancez /mystatus.",
    ),
    rate_limited_retry: Template::new("{0} limite le débit des requêtes vers {1} : réessayez dans {2} s."),
    paused: Template::new(
        "{0} a demandé à mystatus de ralentir (429 sur {1}) : les actualisations automatiques l'épargnent pendant {2}. \
Tapez /mystatus pour interroger maintenant.",
    ),
    server_error: Template::new(
        "{0} a répondu par une erreur serveur ({1}) pour {2}. Le problème vient de {0} ; \
réessayez dans quelques minutes.",
    ),
    unexpected_status: Template::new("{0} a répondu {1} pour {2}, ce que mystatus n'attendait pas."),
    api_said: Template::new("{0} a répondu : \"{1}\""),
    timeout: Template::new(
        "{0} n'a pas répondu en {1} s ({2}). Vérifiez votre connexion réseau ou votre proxy, \
puis relancez /mystatus.",
    ),
    network: Template::new(
        "Impossible de joindre {0} à l'adresse {1} ({2}). Vérifiez votre connexion réseau \
ou votre proxy, puis relancez /mystatus.",
    ),
    malformed: Template::new(
        "La réponse de {0} depuis {1} n'a pas le format attendu ({2}). L'API a peut-être \
changé : merci de le signaler à mystatus.",
    ),
};
